/**
 * The built extensions (dist/chrome, dist/firefox, made by `npm test`'s build
 * step): store lint, per-browser manifests, minimal permissions, size budget.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import webExt from "web-ext";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = (browser: string): string => path.join(ROOT, "dist", browser);
const manifest = (browser: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(dir(browser), "manifest.json"), "utf8"));

/** web-ext lint takes about 3 s; more on a cold CI machine. */
const LINT_TIMEOUT_MS = 60_000;
/** The content script runs on every page: no framework, no model. Budget with room for the engine to grow. */
const CONTENT_SCRIPT_BUDGET_BYTES = 120_000;

describe("built extension", () => {
  it("is built (run node scripts/build.mjs first)", () => {
    for (const browser of ["chrome", "firefox"]) {
      for (const file of ["manifest.json", "content.js", "background.js", "popup.js", "popup.html", "popup.css", "options.js", "options.html", "options.css", "icons/icon-128.png"]) {
        expect(existsSync(path.join(dir(browser), file)), `${browser}/${file}`).toBe(true);
      }
    }
  });

  it("web-ext lint reports 0 errors and 0 warnings for Firefox", async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: dir("firefox"), output: "json", selfHosted: false, boring: true, pretty: false },
      { shouldExitProgram: false, runLinter: undefined },
    );
    const messages = [...result.errors, ...result.warnings].map((m) => `${m.code} ${m.file ?? ""}: ${m.message}`);
    expect(messages).toEqual([]);
  }, LINT_TIMEOUT_MS);

  it("asks only for storage (the reader's settings in storage.sync, no warning shown at install): matches and tabs.sendMessage need none", () => {
    for (const browser of ["chrome", "firefox"]) {
      const m = manifest(browser);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions ?? []).toEqual(["storage"]);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.content_scripts).toEqual([{ matches: ["http://*/*", "https://*/*"], js: ["content.js"], run_at: "document_idle" }]);
    }
  });

  it("declares each browser's own background key only", () => {
    expect(manifest("chrome").background).toEqual({ service_worker: "background.js" });
    expect(manifest("chrome").browser_specific_settings).toBeUndefined();
    expect(manifest("firefox").background).toEqual({ scripts: ["background.js"] });
    expect(manifest("firefox").browser_specific_settings).toMatchObject({
      gecko: { id: "saidby@saidby.dev", data_collection_permissions: { required: ["none"] } },
    });
  });

  it("keeps the content script small and free of Preact", () => {
    for (const browser of ["chrome", "firefox"]) {
      const file = path.join(dir(browser), "content.js");
      expect(statSync(file).size).toBeLessThan(CONTENT_SCRIPT_BUDGET_BYTES);
      expect(readFileSync(file, "utf8")).not.toMatch(/__html|preact/);
    }
  });

  it("the popup bundle never writes raw HTML (only clears with an empty string)", () => {
    const popup = readFileSync(path.join(dir("firefox"), "popup.js"), "utf8");
    expect(popup.match(/.{40}\.innerHTML\s*=(?!\s*"").{40}/)?.[0] ?? null).toBeNull();
  });
});
