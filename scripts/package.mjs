// Zips the two built extensions for the stores:
//   dist/saidby-chrome.zip   (Chrome Web Store: a plain zip of dist/chrome)
//   dist/saidby-firefox.zip  (addons.mozilla.org: web-ext build of dist/firefox)
// Run after scripts/build.mjs (npm run package does both).
import webExt from "web-ext";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, "dist");

for (const browser of ["chrome", "firefox"]) {
  const sourceDir = path.join(dist, browser);
  if (!existsSync(path.join(sourceDir, "manifest.json"))) throw new Error(`${sourceDir} is not built: run node scripts/build.mjs`);
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir: dist, filename: `saidby-${browser}.zip`, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.error(`packaged ${path.relative(root, extensionPath)}`);
}
