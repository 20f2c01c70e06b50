// Opens a real browser with the built extension and the demo article, for
// people with a display: npm run browser [-- --firefox]
// Chromium is the default; --firefox uses Firefox (ESR or release). web-ext
// reloads the extension when dist/ changes (run `node scripts/build.mjs --watch` beside it).
import webExt from "web-ext";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixtures = path.join(root, "tests/fixtures");
const firefox = process.argv.includes("--firefox");

// Content scripts need http(s): Firefox runs none on file:// pages.
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const file = path.join(fixtures, path.normalize(decodeURIComponent(url.pathname)));
  if (!file.startsWith(fixtures)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/plain" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const demo = `http://127.0.0.1:${server.address().port}/demo/palmyra.html`;
console.error(`serving ${demo}`);

await webExt.cmd.run(
  {
    sourceDir: path.join(root, "dist", firefox ? "firefox" : "chrome"),
    target: [firefox ? "firefox-desktop" : "chromium"],
    ...(firefox ? { firefox: process.env.FIREFOX ?? "/usr/bin/firefox-esr" } : { chromiumBinary: process.env.CHROMIUM ?? "/usr/bin/chromium" }),
    startUrl: [demo],
  },
  { shouldExitProgram: false },
);
