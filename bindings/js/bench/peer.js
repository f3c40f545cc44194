// Per-call speed of `parse` next to ts-tracking-number's `getTracking`, in the same process
// on the same strings, and of `findAll` on a mail-sized text. Run after `npm ci && npm run
// build`: `npm run bench`. Prints one JSON object (calls per second and ratios).
import { readFileSync } from "node:fs";
import * as tn from "../index.js";

const STRINGS = [
  "1Z999AA10123456784",
  "1z 999 aa1 01 2345 6784",
  "986578788855",
  "9400111206206406260787",
  "RB123456785GB",
  "00340434161094042557",
  "JJD000390007825673",
  "hello world",
  "4111111111111111",
  "12345678",
];

function bestRate(fn, rounds = 7, reps = 2000) {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) for (const s of STRINGS) fn(s);
    const dt = Number(process.hrtime.bigint() - t) / 1e9;
    best = Math.max(best, (reps * STRINGS.length) / dt);
  }
  return Math.round(best);
}

function ours(s) {
  try {
    return tn.parse(s);
  } catch {
    return null;
  }
}

const out = { strings: STRINGS.length };
out["tracking-number.parse_per_s"] = bestRate(ours);
out["tracking-number.isValid_per_s"] = bestRate(tn.isValid);
const mail = `Hello,\nyour order has shipped with UPS, tracking number 1Z 999 AA1 01 2345 6784.\n`.repeat(200);
out["tracking-number.findAll_MB_per_s"] = (() => {
  let best = 0;
  for (let r = 0; r < 7; r++) {
    const t = process.hrtime.bigint();
    tn.findAll(mail);
    const dt = Number(process.hrtime.bigint() - t) / 1e9;
    best = Math.max(best, mail.length / dt / 1e6);
  }
  return Math.round(best * 10) / 10;
})();
out["wasm_bytes"] = readFileSync(new URL("../pkg/tracking_number_js_bg.wasm", import.meta.url)).length;
try {
  const { getTracking } = await import("ts-tracking-number");
  out["ts-tracking-number.getTracking_per_s"] = bestRate(getTracking, 5, 200);
  out["parse_vs_peer"] = Math.round((out["tracking-number.parse_per_s"] / out["ts-tracking-number.getTracking_per_s"]) * 10) / 10;
} catch (e) {
  out.peer = `ts-tracking-number not available: ${e.message}`;
}
console.log(JSON.stringify(out));
