// The npm package `tracking-number`: the Rust crate tracking-number as WebAssembly.
// An ES module for node (>= 18) and browsers; the engine is loaded once, when the module is.
import init, * as native from "./pkg/tracking_number_js.js";

const wasmUrl = new URL("./pkg/tracking_number_js_bg.wasm", import.meta.url);
if (typeof process !== "undefined" && process.versions && process.versions.node) {
  const { readFile } = await import("node:fs/promises");
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

/**
 * Thrown by `parse`: not a tracking number. A validation outcome, not a bug, so it records
 * no stack frames (its `stack` is its first line): capturing them would cost more than the
 * parse itself.
 */
export class TrackingNumberError extends Error {
  constructor(message, kind, expectedCheckDigit) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = "TrackingNumberError";
    /** Why: "check_digit", "unknown_format", "not_distinctive", "looks_like", ... */
    this.kind = kind;
    /** The check character the rest of the number calls for, when only it is wrong. */
    this.expectedCheckDigit = expectedCheckDigit ?? null;
  }
}

function carrierList(carriers) {
  if (carriers == null) return "";
  const list = Array.isArray(carriers) ? carriers : [carriers];
  for (const c of list) {
    if (typeof c !== "string" || c.includes(",")) {
      throw new TypeError(`carrier ids are strings without commas, found ${JSON.stringify(c)}`);
    }
  }
  return list.join(",");
}

function unwrap(text, ErrorType = TrackingNumberError) {
  const out = JSON.parse(text);
  if (out.error) {
    const e = out.error;
    if (e.kind === "unknown_carrier" || e.kind === "scanner") throw new RangeError(e.message);
    if (ErrorType === TrackingNumberError) {
      throw new TrackingNumberError(e.message, e.kind, e.expectedCheckDigit);
    }
    throw new ErrorType(e.message);
  }
  return out.ok;
}

/**
 * Parses a tracking number; printed forms are accepted (case, spaces, dashes). With
 * `carrier` (an id or a list), every format of those carriers is accepted.
 */
export function parse(s, { carrier } = {}) {
  const f = native.parseFields(String(s), carrierList(carrier)).split("\u001f");
  if (f[0][0] === "1") {
    return {
      carrier: f[0].slice(1),
      format: f[1],
      number: f[2],
      service: f[3] || null,
      country: f[4] || null,
      trackingUrl: f[5] || null,
      grouped: f[6],
    };
  }
  const kind = f[0].slice(1);
  const message = f.slice(2).join("\u001f");
  if (kind === "unknown_carrier") throw new RangeError(message);
  throw new TrackingNumberError(message, kind, f[1] || null);
}

/** Whether `parse(s, {carrier})` would succeed. */
export function isValid(s, { carrier } = {}) {
  return native.isValid(String(s), carrierList(carrier));
}

/** Every reading of `s`, best first (failing check digits included, as "mismatch"). */
export function detect(s) {
  return JSON.parse(native.detectJson(String(s)));
}

/**
 * Every tracking number in `text`; `start`/`end` are UTF-16 indices, so
 * `text.slice(m.start, m.end) === m.text`.
 */
export function findAll(text, { html = false, eager = false, carriers, hint, distinct = false } = {}) {
  if (hint != null && (typeof hint !== "string" || hint.includes(","))) {
    throw new TypeError(`hint is one carrier id, found ${JSON.stringify(hint)}`);
  }
  return unwrap(
    native.findAllJson(String(text), !!html, !!eager, carrierList(carriers), hint ?? "", !!distinct),
  );
}

function dateText(date) {
  if (date == null) return "";
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  return String(date);
}

/** A declarative order/reference number format ("ORD-{date:YYMMDD}-{seq:6}{check:luhn}"). */
export class CustomFormat {
  #native;

  constructor(pattern, { key } = {}) {
    this.#native = new native.NativeCustomFormat(String(pattern), BigInt(key ?? 0), key != null);
  }

  /** The number for sequence number `n` (a number or a bigint). */
  fromSequence(n, { date } = {}) {
    return this.#native.fromSequence(BigInt(n), dateText(date));
  }

  /** Reads a number: `{number, sequence, date, random}`; throws `Error` naming what is wrong. */
  parse(s) {
    return unwrap(this.#native.parseJson(String(s)), Error);
  }

  /** Whether `s` is a number of this format. */
  isValid(s) {
    return this.#native.isValid(String(s));
  }

  toString() {
    return this.#native.toString();
  }
}

/**
 * Folds tracking events (objects in the `track status` event shape) into the state
 * `track status` prints. `now` (RFC 3339) adds `status_at_now` and decides `delayed`.
 */
export function fold(events, { now } = {}) {
  const lines = Array.from(events, (e) => JSON.stringify(e));
  return unwrap(native.foldJson(lines, now == null ? "" : String(now)), Error);
}

/**
 * The states of the shipments in one vendor document (`easypost`, `aftership`, `shippo`,
 * `17track`, `ups`, `fedex`, `usps`, `dhl`; JSON text or an object), each the state `fold`
 * gives plus `tracking_number` and `carrier`. Throws an `Error` naming the JSON path at
 * fault.
 */
export function fromPayload(vendor, document, { now } = {}) {
  const text = typeof document === "string" ? document : JSON.stringify(document);
  return unwrap(native.fromPayloadJson(String(vendor), text, now == null ? "" : String(now)), Error);
}
