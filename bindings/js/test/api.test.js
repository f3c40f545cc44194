// Tests of the npm package over the WebAssembly engine: numbers, errors, offsets, custom
// formats and status folding.
import { test } from "node:test";
import assert from "node:assert/strict";

import * as tn from "../index.js";

const UPS = "1Z999AA10123456784";

test("parse accepts printed forms", () => {
  for (const s of [UPS, "1z999aa10123456784", "1Z 999 AA1 01 2345 6784", "1Z-999-AA1-01-2345-6784"]) {
    const n = tn.parse(s);
    assert.equal(n.number, UPS);
    assert.equal(n.carrier, "ups");
    assert.equal(n.format, "ups_1z");
    assert.equal(n.grouped.replaceAll(" ", ""), UPS);
    assert.ok(n.trackingUrl.includes(UPS));
  }
  const rm = tn.parse("RB123456785GB");
  assert.equal(rm.carrier, "royal_mail");
  assert.equal(rm.country, "GB");
});

test("a wrong check digit throws TrackingNumberError with the expected digit", () => {
  assert.throws(() => tn.parse("1Z999AA10123456785"), (e) => {
    assert.ok(e instanceof tn.TrackingNumberError);
    assert.ok(e instanceof Error);
    assert.equal(e.name, "TrackingNumberError");
    assert.equal(e.kind, "check_digit");
    assert.equal(e.expectedCheckDigit, "4");
    assert.equal(e.message, "check digit mismatch: expected '4', found '5'");
    return true;
  });
});

test("ordinary numbers are not tracking numbers", () => {
  for (const s of ["", "hello", "4111111111111111", "2024-01-15", "12345"]) {
    assert.equal(tn.isValid(s), false, s);
    assert.throws(() => tn.parse(s), (e) => e.name === "TrackingNumberError" && e.expectedCheckDigit === null);
  }
});

test("a carrier hint accepts that carrier's formats", () => {
  const inpost = "520000014433330021832563";
  assert.equal(tn.isValid(inpost), false);
  assert.equal(tn.isValid(inpost, { carrier: "inpost" }), true);
  assert.equal(tn.isValid(inpost, { carrier: ["dpd", "inpost"] }), true);
  assert.equal(tn.parse(inpost, { carrier: "inpost" }).carrier, "inpost");
  assert.throws(() => tn.parse(UPS, { carrier: "no_such_carrier" }), RangeError);
});

test("detect lists every reading, best first", () => {
  const r = tn.detect("986578788855");
  assert.equal(r[0].carrier, "fedex");
  assert.equal(r[0].checkDigit, "verified");
  assert.equal(r[0].confidence, "high");
  const bad = tn.detect("986578788856").find((x) => x.format === "fedex_express");
  assert.equal(bad.checkDigit, "mismatch");
  assert.equal(bad.expectedCheckDigit, "5");
  assert.deepEqual(tn.detect("hello"), []);
});

test("findAll offsets are UTF-16 indices", () => {
  const text = "Grüße 📦 — Ihre Sendung: 1Z 999 AA1 01 2345 6784, und RB123456785GB. 𝔘𝔓𝔖";
  const found = tn.findAll(text);
  assert.deepEqual(found.map((m) => m.number), [UPS, "RB123456785GB"]);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(tn.findAll(text, { carriers: "royal_mail" }).map((m) => m.carrier), ["royal_mail"]);
});

test("findAll takes a hint and keeps each number once", () => {
  const text = "Your shipment 774985632143 is on its way";
  assert.deepEqual(tn.findAll(text, { hint: "fedex" }).map((m) => m.carrier), ["fedex"]);
  assert.deepEqual(tn.findAll(text, { hint: "UPS" }).map((m) => m.carrier), ["ups"]);
  assert.throws(() => tn.findAll(text, { hint: "no such carrier" }), RangeError);
  assert.throws(() => tn.findAll(text, { hint: ["ups"] }), TypeError);
  const mail = "Your parcel 1Z 999 AA1 01 2345 6784 has shipped. Again: 1Z999AA10123456784, RB123456785GB";
  assert.deepEqual(tn.findAll(mail).map((m) => m.number), [UPS, UPS, "RB123456785GB"]);
  const once = tn.findAll(mail, { distinct: true });
  assert.deepEqual(once.map((m) => m.number), [UPS, "RB123456785GB"]);
  assert.equal(mail.slice(once[0].start, once[0].end), "1Z 999 AA1 01 2345 6784");
});

test("findAll reports strength and support", () => {
  const [weak] = tn.findAll("Tracking number: 61018324775");
  assert.deepEqual([weak.carrier, weak.strength, weak.support], ["gls", "guess", "label"]);
  const [strong] = tn.findAll("Your parcel RB123456785GB");
  assert.deepEqual([strong.strength, strong.support], ["strong", "structure"]);
});

test("findAll reads raw HTML", () => {
  const html =
    '<p>Tracking&nbsp;number:</p><td><a href="https://www.ups.com/track?tracknum=1Z999AA10123456784">1Z999AA1&#8203;0123456784</a></td>';
  const found = tn.findAll(html, { html: true });
  assert.equal(found[0].number, UPS);
  assert.equal(html.slice(found[0].start, found[0].end), found[0].text);
  assert.deepEqual(tn.findAll("<style>.x{}</style><p>No numbers here</p>", { html: true }), []);
});

test("custom formats generate, parse and validate", () => {
  const f = new tn.CustomFormat("ORD-{date:YYMMDD}-{seq:6}{check:luhn}");
  const s = f.fromSequence(42, { date: "2026-12-06" });
  assert.ok(s.startsWith("ORD-261206-000042"));
  assert.equal(f.fromSequence(42n, { date: new Date(Date.UTC(2026, 11, 6)) }), s);
  const p = f.parse(s);
  assert.equal(p.sequence, 42);
  assert.equal(p.date, "2026-12-06");
  assert.ok(f.isValid(s));
  assert.equal(f.isValid(s.slice(0, -1) + (s.endsWith("0") ? "1" : "0")), false);
  assert.throws(() => f.parse("ORD-nope"), Error);
  assert.throws(() => new tn.CustomFormat("{seq:0"), Error);
  const keyed = new tn.CustomFormat("{seq:8:perm}", { key: 7 });
  assert.equal(keyed.parse(keyed.fromSequence(5)).sequence, 5);
});

test("fold gives the state track status prints", () => {
  const state = tn.fold(
    [
      { at: "2026-11-19T14:03:00-05:00", status: "delivered", pod: { signed_by: "J SMITH" } },
      { at: "2026-11-18T09:12:00-05:00", vocabulary: "fedex", code: "PU" },
    ],
    { now: "2026-11-20T00:00:00Z" },
  );
  assert.equal(state.status, "delivered");
  assert.equal(state.status_at_now, "delivered");
  assert.equal(state.proof_of_delivery.signed_by, "J SMITH");
  assert.notEqual(state.milestones.picked_up_at, null);
  assert.equal(state.history.length, 2);
  assert.throws(() => tn.fold([{ at: "2026-11-18T09:12:00Z", stauts: "delivered" }]), /unknown field "stauts"/);
});

test("junk never throws anything but TrackingNumberError", () => {
  for (const s of ["\u0000", "\ud800", "1Z".repeat(10000), "📦".repeat(1000), "<".repeat(5000)]) {
    assert.equal(typeof tn.isValid(s), "boolean");
    tn.detect(s);
    tn.findAll(s);
    tn.findAll(s, { html: true });
    assert.throws(() => tn.parse(s), (e) => e.name === "TrackingNumberError");
  }
});

test("fromPayload reads vendor documents", async () => {
  const { readFileSync } = await import("node:fs");
  const doc = readFileSync(new URL("../../../tests/payloads/fedex-track.json", import.meta.url), "utf8");
  const states = tn.fromPayload("fedex", doc);
  assert.equal(states.length, 1);
  assert.equal(states[0].tracking_number, "123456789012");
  assert.equal(states[0].status, "delivered");
  assert.equal(tn.fromPayload("fedex", JSON.parse(doc))[0].carrier, "FedEx");
  assert.equal(states[0].vendor_error, null);
  const missing = { output: { completeTrackResults: [{ trackingNumber: "123456789012", trackResults: [
    { error: { code: "TRACKING.TRACKINGNUMBER.NOTFOUND", message: "Tracking number cannot be found." } }] }] } };
  assert.deepEqual(tn.fromPayload("fedex", missing)[0].vendor_error,
    { code: "TRACKING.TRACKINGNUMBER.NOTFOUND", message: "Tracking number cannot be found." });
  assert.equal(states[0].vendor, "fedex");
  // the vendor told from the document's shape
  assert.deepEqual(tn.fromPayload("auto", doc), states);
  assert.throws(() => tn.fromPayload("auto", { id: 1 }), /not a tracking document of EasyPost/);
  assert.throws(() => tn.fromPayload("pony", doc), /unknown vendor/);
  assert.throws(() => tn.fromPayload("dhl", { shipments: [{ events: [{ timestamp: 7 }] }] }), /\$\.shipments\[0\]\.events\[0\]\.timestamp/);
});
