// Drives the demo page in headless Chromium (Debian's package, /usr/bin/chromium; the test
// is skipped where it is missing) and checks what the page shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };

function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function dumpDom(url) {
  const profile = await mkdtemp(join(tmpdir(), "tn-chromium-"));
  const args = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    `--user-data-dir=${profile}`, "--virtual-time-budget=10000", "--dump-dom", url,
  ];
  try {
    return await new Promise((resolve, reject) => {
      execFile(CHROMIUM, args, { timeout: 60000, maxBuffer: 16 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

test("the demo page highlights each number with its carrier and check digit", { skip: !existsSync(CHROMIUM) && `${CHROMIUM} not installed` }, async () => {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/demo/index.html`;
  try {
    const mail = "<p>Ihre Sendungsnummer:</p><p><b>00340434161094042557</b></p><p>Bestellung 113-4567890-1234567</p>";
    const dom = await dumpDom(`${base}?html=1&text=${encodeURIComponent(mail)}&number=${encodeURIComponent("1Z999AA10123456785")}`);
    assert.match(dom, /data-ready="1"/, "the page ran its script");
    assert.match(dom, /data-found="1"/);
    assert.match(dom, /<mark data-carrier="deutsche_post" data-check="verified"[^>]*>00340434161094042557<\/mark>/);
    assert.doesNotMatch(dom, /<mark[^>]*>113-4567890-1234567/);
    assert.match(dom, /<tr data-number="00340434161094042557">/);
    assert.match(dom, /class="error" data-kind="check_digit"[^>]*>[^<]*should be 4/);

    const plain = "Your UPS parcel: 1Z 999 AA1 01 2345 6784 and RB123456785GB";
    const dom2 = await dumpDom(`${base}?text=${encodeURIComponent(plain)}&number=${encodeURIComponent("rb 123 456 785 gb")}`);
    assert.match(dom2, /data-found="2"/);
    assert.match(dom2, /<mark data-carrier="ups" data-check="verified"[^>]*>1Z 999 AA1 01 2345 6784<\/mark>/);
    assert.match(dom2, /<a href="https:\/\/www\.ups\.com\/track\?tracknum=1Z999AA10123456784"/);
    assert.match(dom2, /class="ok" data-carrier="royal_mail"/);
  } finally {
    server.close();
  }
});
