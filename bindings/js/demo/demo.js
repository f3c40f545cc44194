// The demo page: highlights each tracking number of a pasted mail with its carrier, check
// digit evidence and tracking link, and reads one typed number. `?text=...&html=1` and
// `?number=...` fill the inputs on load (the page's test uses them).
import { findAll, detect, parse } from "../index.js";

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, text = "") {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

/** The check-digit evidence of a match: the reading of its number as its own format. */
function evidence(m) {
  const r = detect(m.number).find((x) => x.format === m.format);
  return r ? r.checkDigit : "none";
}

function trackingUrl(m) {
  if (!m.carrier) return null;
  try {
    return parse(m.number, { carrier: m.carrier }).trackingUrl;
  } catch {
    return null;
  }
}

function showMail() {
  const text = $("input").value;
  const html = $("html").checked;
  const found = findAll(text, { html });
  const out = $("text");
  const rows = $("found").tBodies[0];
  out.replaceChildren();
  rows.replaceChildren();
  let at = 0;
  for (const m of found) {
    const check = evidence(m);
    out.append(text.slice(at, m.start));
    out.append(el("mark", { "data-carrier": m.carrier ?? "", "data-check": check, title: `${m.carrier} · ${m.format} · check digit: ${check}` }, m.text));
    at = m.end;
    const url = trackingUrl(m);
    const row = el("tr", { "data-number": m.number });
    row.append(el("td", {}, m.number), el("td", {}, m.carrier ?? ""), el("td", {}, m.format ?? ""), el("td", {}, check));
    const link = el("td");
    if (url) link.append(el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "track"));
    row.append(link);
    rows.append(row);
  }
  out.append(text.slice(at));
  document.body.dataset.found = String(found.length);
}

function showNumber() {
  const s = $("number").value.trim();
  const answer = $("answer");
  answer.replaceChildren();
  if (!s) return;
  try {
    const n = parse(s);
    answer.append(el("p", { class: "ok", "data-carrier": n.carrier }, `${n.grouped} — ${n.carrier}, ${n.format}${n.service ? `, ${n.service}` : ""}`));
    if (n.trackingUrl) answer.append(el("a", { href: n.trackingUrl, rel: "noopener noreferrer", target: "_blank" }, "Track this parcel"));
  } catch (e) {
    const hint = e.expectedCheckDigit ? ` (the check digit should be ${e.expectedCheckDigit})` : "";
    answer.append(el("p", { class: "error", "data-kind": e.kind ?? "" }, `${e.message}${hint}`));
  }
}

const query = new URLSearchParams(location.search);
$("input").value = query.get("text") ?? "Your UPS parcel is on its way!\nTracking number: 1Z 999 AA1 01 2345 6784\nOrder 113-4567890-1234567";
$("html").checked = query.get("html") === "1";
$("number").value = query.get("number") ?? "";
$("input").addEventListener("input", showMail);
$("html").addEventListener("change", showMail);
$("number").addEventListener("input", showNumber);
showMail();
showNumber();
document.body.dataset.ready = "1";
