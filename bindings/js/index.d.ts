/** Options naming the carriers a number or text is known to come from. */
export interface CarrierOption {
  /** A carrier id ("ups", "fedex", "inpost", ...) or a list of ids. */
  carrier?: string | string[];
}

/** A parsed tracking number. */
export interface TrackingNumber {
  carrier: string;
  format: string;
  /** The canonical number (upper case, no spaces). */
  number: string;
  service: string | null;
  /** ISO 3166-1 alpha-2 country code the number names, if any. */
  country: string | null;
  trackingUrl: string | null;
  /** The number as the carrier prints it. */
  grouped: string;
}

/** One reading of a string by `detect`. */
export interface Reading {
  carrier: string;
  format: string;
  number: string;
  checkDigit: "verified" | "none" | "mismatch";
  expectedCheckDigit: string | null;
  confidence: "low" | "medium" | "high";
}

/** A tracking number found in a text; `text.slice(start, end) === m.text`. */
export interface Match {
  /** UTF-16 index of the first character. */
  start: number;
  /** UTF-16 index just past the last character. */
  end: number;
  text: string;
  carrier: string | null;
  format: string | null;
  number: string;
  /** How much the match's own characters prove. */
  strength: "guess" | "shape" | "check_digit" | "strong";
  /** Why it was reported. */
  support: "structure" | "label" | "url" | "word" | "nearby" | "hint" | "eager";
}

export interface FindOptions {
  /** Read raw HTML as a mail client shows it. */
  html?: boolean;
  /** Also report weak readings without context. */
  eager?: boolean;
  carriers?: string | string[];
  /** The carrier the text comes from (the sender): its readings rank first, and its formats
   * without a check digit are reported after a label. */
  hint?: string;
  /** Each number once, at its first occurrence. */
  distinct?: boolean;
}

/** Thrown by `parse`: not a tracking number (of the carriers asked for). */
export class TrackingNumberError extends Error {
  name: "TrackingNumberError";
  kind: string;
  expectedCheckDigit: string | null;
}

export function parse(s: string, options?: CarrierOption): TrackingNumber;
export function isValid(s: string, options?: CarrierOption): boolean;
export function detect(s: string): Reading[];
export function findAll(text: string, options?: FindOptions): Match[];

export interface CustomNumber {
  number: string;
  sequence: number | null;
  date: string | null;
  random: string;
}

export class CustomFormat {
  constructor(pattern: string, options?: { key?: number | bigint });
  fromSequence(n: number | bigint, options?: { date?: string | Date }): string;
  parse(s: string): CustomNumber;
  isValid(s: string): boolean;
  toString(): string;
}

/** The state `track status` prints (status, milestones, history, ...). */
export type ShipmentState = Record<string, unknown> & { status: string };

export function fold(events: Iterable<Record<string, unknown>>, options?: { now?: string }): ShipmentState;

/**
 * The states of the shipments in one vendor document, with `tracking_number`, `carrier`,
 * `vendor` and `vendor_error` (the vendor's `{ code, message }` for a number it cannot track,
 * else null). `vendor` "auto" tells the vendor from the document's shape.
 */
export function fromPayload(
  vendor: "auto" | "easypost" | "aftership" | "shippo" | "17track" | "ups" | "fedex" | "usps" | "dhl",
  document: string | object,
  options?: { now?: string },
): Array<
  ShipmentState & {
    tracking_number: string;
    carrier: string | null;
    vendor: "easypost" | "aftership" | "shippo" | "17track" | "ups" | "fedex" | "usps" | "dhl";
    vendor_error: { code: string | null; message: string | null } | null;
  }
>;
