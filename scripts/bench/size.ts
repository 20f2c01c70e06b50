/** Bytes shipped: the content script, the popup and the store zips, raw and gzipped. */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

export interface SizeRow {
  what: string;
  raw: number;
  /** gzip -9 of the file (for zips: the zip as it is, already deflated). */
  gzip: number;
}

/** Every file under `dir` (recursively). */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function sized(what: string, file: string): SizeRow {
  const bytes = readFileSync(file);
  return { what, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Runs scripts/package.mjs (after the build npm run bench does first) and measures. */
export function benchSize(root: string, progress: (s: string) => void): SizeRow[] {
  progress("size: npm run package");
  execFileSync(process.execPath, [path.join(root, "scripts/package.mjs")], { cwd: root, stdio: "ignore" });
  const chrome = path.join(root, "dist/chrome");
  const rows = [sized("content script (content.js)", path.join(chrome, "content.js"))];
  const popup = ["popup.js", "popup.css", "popup.html"].map((f) => path.join(chrome, f));
  const popupBytes = Buffer.concat(popup.map((f) => readFileSync(f)));
  rows.push({ what: "popup (popup.js + .css + .html)", raw: popupBytes.length, gzip: popup.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0) });
  rows.push(sized("popup.js alone", path.join(chrome, "popup.js")));
  const all = files(chrome);
  rows.push({ what: "dist/chrome, all files", raw: all.reduce((s, f) => s + statSync(f).size, 0), gzip: all.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0) });
  for (const b of ["chrome", "firefox"]) {
    const zip = path.join(root, "dist", `saidby-${b}.zip`);
    const n = statSync(zip).size;
    rows.push({ what: `dist/saidby-${b}.zip`, raw: n, gzip: n });
  }
  return rows;
}
