import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArchiveFile } from "../../scripts/archive/warc-writer";
import { corpusPages } from "../../scripts/archive/corpus-pages";

// The Dask recipe for real: a scheduler and two workers, each its own process, as on a cluster.
const INSTALL = "apt-get install -y python3-distributed";
/** Debian's python3, where apt puts Dask (a python3 earlier on PATH may not have it). */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const RECIPE = path.resolve("scripts/dask/saidby_dask.py");
const SAIDBY = `${process.execPath} ${path.resolve("dist/node/saidby.js")}`;
const WORKERS = 2;
const PAGES_PER_ARCHIVE = 12;
const ARCHIVES = 3;

const processes: ChildProcess[] = [];
let scratch = "";

function daskMissing(): string | null {
  const found = spawnSync(PYTHON, ["-c", "import distributed, dask.bag"], { encoding: "utf8" });
  const onPath = spawnSync("dask-scheduler", ["--version"], { encoding: "utf8" });
  return found.status === 0 && onPath.status === 0 ? null : `Dask distributed is not installed: ${INSTALL}`;
}

function start(command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: scratch, stdio: "ignore" });
  processes.push(child);
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "saidby-dask-"));
  const pages = corpusPages(process.cwd());
  for (let a = 0; a < ARCHIVES; a++) {
    const archive = new ArchiveFile(path.join(scratch, `part-${a}.warc.gz`));
    for (const p of pages.slice(a * PAGES_PER_ARCHIVE, (a + 1) * PAGES_PER_ARCHIVE)) await archive.add(p);
    await archive.close();
  }
});

afterAll(() => {
  for (const child of processes) child.kill();
});

describe("the Dask recipe", () => {
  it("on a scheduler and two worker processes, writes what one machine writes", () => {
    const missing = daskMissing();
    if (missing) throw new Error(missing);
    const schedulerFile = path.join(scratch, "scheduler.json");
    start("dask-scheduler", ["--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", schedulerFile]);
    for (let w = 0; w < WORKERS; w++) {
      start("dask-worker", ["--scheduler-file", schedulerFile, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--local-directory", scratch, "--name", `saidby-${w}`]);
    }
    const archives = Array.from({ length: ARCHIVES }, (_, a) => path.join(scratch, `part-${a}.warc.gz`));
    const out = path.join(scratch, "results");
    const r = spawnSync(PYTHON, [RECIPE, "--scheduler-file", schedulerFile, "--workers", String(WORKERS), "--out", out, "--saidby", SAIDBY, ...archives], { encoding: "utf8", timeout: 240_000 });
    expect(r.stderr).not.toMatch(/Traceback/u);
    expect(r.status).toBe(0);

    const files = readdirSync(out).sort();
    expect(files).toEqual(["00000.jsonl", "00001.jsonl", "00002.jsonl"]);
    const fromCluster = files.map((f) => readFileSync(path.join(out, f), "utf8").trim()).join("\n");
    const oneMachine = spawnSync(process.execPath, [path.resolve("dist/node/saidby.js"), "--json", ...archives], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(oneMachine.status).toBe(0);
    expect(fromCluster.split("\n")).toHaveLength(ARCHIVES * PAGES_PER_ARCHIVE);
    expect(fromCluster).toBe(oneMachine.stdout.trim());
  }, 300_000);
});
