// Builds everything from one source tree:
//   dist/chrome, dist/firefox  the two unpacked MV3 extensions (one manifest.json, patched per browser)
//   dist/node                  the CLI and every scripts/*.ts tool, bundled for Node
import { build } from "esbuild";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { existsSync, watch as fsWatch } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, "dist");
/** --node: only the CLI and scripts (for eval and bench while the extension is mid-change). */
const nodeOnly = process.argv.includes("--node");
/** --watch: rebuild when a source file changes (beside `npm run browser`, which reloads the extension). */
const watch = process.argv.includes("--watch");
const WATCHED = ["src", "popup", "manifest.json"];
const REBUILD_DELAY_MS = 100;

/** Extension entry points: source → file name inside each browser folder. */
const EXTENSION_ENTRIES = {
  content: "src/overlay/content.ts",
  background: "src/background/main.ts",
  popup: "popup/main.tsx",
  options: "popup/options.tsx",
};
/** Files copied as they are into each browser folder. */
const EXTENSION_STATIC = ["popup/popup.html", "popup/options.html", "popup/popup.css", "popup/options.css", "icons"];

const FIREFOX_ID = "saidby@saidby.dev";

/**
 * Removes Preact's one raw-HTML write (`dangerouslySetInnerHTML` → `el.innerHTML = html`).
 * Saidby never renders markup, so the popup cannot turn page text into HTML even
 * by mistake, and `web-ext lint` has no UNSAFE_VAR_ASSIGNMENT to report. Fails
 * the build if a Preact upgrade changes the code, rather than silently keeping it.
 */
const RAW_HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const noRawHtml = {
  name: "no-raw-html",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      const code = await readFile(args.path, "utf8");
      const patched = code.replace(RAW_HTML_WRITE, "($1.textContent=\"\")");
      if (patched === code) throw new Error(`no-raw-html: Preact's innerHTML write not found in ${args.path}; update RAW_HTML_WRITE`);
      return { contents: patched, loader: "js" };
    });
  },
};

/**
 * linkedom gives every node it creates its own Map of event listeners, kept in
 * a WeakMap: on a news page that is tens of thousands of WeakMap entries, and
 * their creation and garbage collection were half of the time per page of the
 * Node tools that parse with linkedom (eval, bench; the CLI now has its own
 * light tree, src/cli/page-tree.ts). Nothing there listens for events on a
 * parsed page, so the Map is made on the first addEventListener instead (same
 * behaviour for any caller). Fails the build if a linkedom upgrade changes the
 * code, rather than silently dropping the change.
 */
const LISTENER_MAP_EDITS = [
  [/constructor\(\) \{\s*wm\.set\(this, new Map\);\s*\}/, "constructor() {}"],
  [/(addEventListener\(type, listener, options\) \{\s*)const map = wm\.get\(this\);/, "$1let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));"],
  [/(removeEventListener\(type, listener\) \{\s*const map = wm\.get\(this\);\s*if \()map\.has\(type\)/, "$1map && map.has(type)"],
];
const linkedomListenerMapsOnDemand = {
  name: "linkedom-listener-maps-on-demand",
  setup(b) {
    b.onResolve({ filter: /^linkedom$/ }, () => ({ path: fileURLToPath(import.meta.resolve("linkedom")) }));
    b.onLoad({ filter: /[\\/]node_modules[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      let code = await readFile(args.path, "utf8");
      for (const [pattern, replacement] of LISTENER_MAP_EDITS) {
        const edited = code.replace(pattern, replacement);
        if (edited === code) throw new Error(`linkedom-listener-maps-on-demand: ${pattern} not found in ${args.path}; update LISTENER_MAP_EDITS`);
        code = edited;
      }
      return { contents: code, loader: "js" };
    });
  },
};

/** Only what the two browsers disagree on. */
function manifestFor(browser, manifest) {
  const m = structuredClone(manifest);
  if (browser === "chrome") {
    m.background = { service_worker: "background.js" }; // IIFE bundle: a classic worker
  } else {
    m.background = { scripts: ["background.js"] };
    m.browser_specific_settings = {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      gecko_android: { strict_min_version: "142.0" },
    };
  }
  return m;
}

async function buildExtension(browser) {
  const out = path.join(dist, browser);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const entryPoints = Object.entries(EXTENSION_ENTRIES)
    .filter(([, src]) => existsSync(path.join(root, src)))
    .map(([name, src]) => ({ in: path.join(root, src), out: name }));
  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox128"],
    minify: true,
    sourcemap: false,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { __BROWSER__: JSON.stringify(browser) },
    plugins: [noRawHtml],
    logLevel: "warning",
  });
  for (const item of EXTENSION_STATIC) {
    const from = path.join(root, item);
    if (existsSync(from)) await cp(from, path.join(out, path.basename(item)), { recursive: true });
  }
  const manifest = JSON.parse(await readFile(path.join(root, "manifest.json"), "utf8"));
  await writeFile(path.join(out, "manifest.json"), JSON.stringify(manifestFor(browser, manifest), null, 2));
}

async function buildNodeTools() {
  const out = path.join(dist, "node");
  await rm(out, { recursive: true, force: true });
  const scripts = (await readdir(path.join(root, "scripts"))).filter((f) => f.endsWith(".ts"));
  const entryPoints = [
    { in: path.join(root, "src/cli/main.ts"), out: "saidby" },
    { in: path.join(root, "src/cli/worker.ts"), out: "worker" },
    ...scripts.map((f) => ({ in: path.join(root, "scripts", f), out: f.replace(/\.ts$/, "") })),
  ].filter((e) => existsSync(e.in));
  if (entryPoints.length === 0) return;
  await build({
    entryPoints,
    outdir: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    plugins: [linkedomListenerMapsOnDemand],
    sourcemap: "inline",
    logLevel: "warning",
  });
}

async function buildAll() {
  const started = performance.now();
  if (!nodeOnly && existsSync(path.join(root, "manifest.json"))) {
    await Promise.all([buildExtension("chrome"), buildExtension("firefox")]);
  }
  await buildNodeTools();
  if (!process.argv.includes("--quiet")) {
    console.error(`built ${nodeOnly ? "" : "dist/chrome, dist/firefox, "}dist/node in ${Math.round(performance.now() - started)} ms`);
  }
}

await buildAll();
if (watch) {
  let timer = null;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildAll().catch((error) => console.error(error.message)), REBUILD_DELAY_MS);
  };
  for (const item of WATCHED) watchPath(path.join(root, item), rebuild);
  console.error("watching src/, popup/ and manifest.json for changes");
}

function watchPath(target, onChange) {
  if (existsSync(target)) fsWatch(target, { recursive: true }, onChange);
}
