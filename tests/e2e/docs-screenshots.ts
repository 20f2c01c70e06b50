/**
 * The README's screenshots (docs/screenshot-*.png) are tracked files: a test
 * run leaves them alone and keeps its own in artifacts/. Refreshing them is a
 * deliberate step: `SAIDBY_DOCS_SCREENSHOTS=1 npm test`, then look at them.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { ROOT } from "./browsers";

const DOCS = path.join(ROOT, "docs");

/** Copies a screenshot from artifacts/ to docs/`name` when asked to, otherwise does nothing. */
export async function publishScreenshot(file: string, name: string): Promise<void> {
  if (process.env.SAIDBY_DOCS_SCREENSHOTS !== "1") return;
  await mkdir(DOCS, { recursive: true });
  await copyFile(file, path.join(DOCS, name));
}
