/** A tiny static server on 127.0.0.1 for tests/fixtures (Firefox runs no content scripts on file:// pages). */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

const CORPUS_POLICY = "default-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'";

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files under `root`, plus `pages` (path → HTML) built in memory by a
 * test, so generated pages need no files on disk. `.html.gz` files are served
 * decompressed (the article corpus is stored gzipped). Pages under
 * `noScriptsUnder` get a policy that allows no script and nothing from other
 * hosts: saved news pages' own scripts fail without their servers and some
 * then wipe the article, and every blocked host would cost a DNS lookup (an
 * extension's content scripts are not subject to a page's policy).
 */
export async function serveFixtures(
  root: string,
  pages: Readonly<Record<string, string>> = {},
  { noScriptsUnder }: { noScriptsUnder?: string } = {},
): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (noScriptsUnder && url.pathname.startsWith(noScriptsUnder)) res.setHeader("content-security-policy", CORPUS_POLICY);
    // Browsers ask for a favicon; answering 404 would log a console error the tests count.
    if (url.pathname === "/favicon.ico") return void res.writeHead(204).end();
    const page = pages[url.pathname];
    if (page !== undefined) return void res.writeHead(200, { "content-type": TYPES[".html"]! }).end(page);
    if (url.pathname.endsWith(".html.gz")) {
      const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      try {
        const body = gunzipSync(await readFile(file));
        return void res.writeHead(200, { "content-type": TYPES[".html"]! }).end(body);
      } catch {
        return void res.writeHead(404).end();
      }
    }
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
