// npm start: after the build, runs Saidby's main job on the bundled demo page
// (a news page around the seed article) and prints who said what.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const demo = path.join("tests", "fixtures", "demo", "palmyra.html");
console.log(`Saidby on the demo page ${demo}\n`);
const run = spawnSync(process.execPath, [path.join(root, "dist/node/saidby.js"), path.join(root, demo)], { stdio: "inherit" });
console.log("Extensions built: dist/chrome (load unpacked in Chrome) and dist/firefox (about:debugging → Load Temporary Add-on).");
console.log("With a display, `npm run browser` opens Firefox with the extension on this page.");
process.exit(run.status ?? 1);
