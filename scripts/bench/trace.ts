/**
 * Reads a Chromium performance trace (CDP Tracing, devtools.timeline
 * categories) for the content script's cost on one page load: the main
 * thread's top-level tasks from the first one that runs Saidby's code to the
 * end of the first frame painted after the last one.
 */

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: { url?: string; startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

interface ProfileNode {
  id: number;
  callFrame: { url?: string };
}

export interface MainThreadCost {
  /** Sum of all main-thread top-level tasks from Saidby's first task to the end of the frame painted after its last (ms). */
  totalMs: number;
  /** Of which: Saidby's own tasks (ms). */
  scriptMs: number;
  /** Tasks that run Saidby's code. */
  scriptTasks: number;
  /** Longest single top-level task in that window, the page's own included (ms). */
  longestTaskMs: number;
  /** Longest of Saidby's own tasks (ms). */
  longestScriptTaskMs: number;
  /** From Saidby's first task starting to the marks painted (ms, wall clock). */
  wallMs: number;
  /** Time in style recalculation, layout and paint inside the window (ms). */
  renderMs: number;
  /** Inside Saidby's own tasks: style and layout it forced (getComputedStyle, Range geometry), compiling its script, garbage collection (ms). */
  forcedStyleMs: number;
  compileMs: number;
  gcMs: number;
}

const RENDER = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "UpdateLayer", "PaintImage"]);
const FORCED = new Set(["UpdateLayoutTree", "Layout"]);
const COMPILE = new Set(["v8.compile"]);
const GC = new Set(["MinorGC", "MajorGC"]);

/**
 * Times (µs, trace clock) at which the sampling profiler (trace category
 * disabled-by-default-v8.cpu_profiler) found the thread running a script whose
 * URL starts with `origin`. Promise continuations run as microtasks that carry
 * no script URL in the trace; the samples show whose code they ran.
 */
function samplesIn(events: readonly TraceEvent[], pid: number, tid: number, origin: string): number[] {
  const ours = new Set<number>();
  const times: number[] = [];
  let clock = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    const data = e.args?.data;
    if (e.name === "Profile") clock = data?.startTime ?? clock;
    if (e.name !== "ProfileChunk" || !data?.cpuProfile) continue;
    for (const n of data.cpuProfile.nodes ?? []) if ((n.callFrame.url ?? "").startsWith(origin)) ours.add(n.id);
    const samples = data.cpuProfile.samples ?? [];
    samples.forEach((node, i) => {
      clock += data.timeDeltas?.[i] ?? 0;
      if (ours.has(node)) times.push(clock);
    });
  }
  return times;
}

/** Sum of the outermost events named in `names` that lie inside [from, to] (nested same-kind events counted once). */
function outermost(events: readonly TraceEvent[], names: ReadonlySet<string>, from: number, to: number): number {
  let sum = 0;
  let coveredTo = -Infinity;
  for (const e of events) {
    if (!names.has(e.name) || e.ts < from || e.ts + (e.dur ?? 0) > to) continue;
    if (e.ts + (e.dur ?? 0) <= coveredTo) continue;
    sum += e.dur ?? 0;
    coveredTo = e.ts + (e.dur ?? 0);
  }
  return sum;
}

/**
 * `decidedMark`: a performance mark the page sets (from a MutationObserver,
 * in the same task) when Saidby sets its final data-saidby state.
 * null when the trace shows no Saidby code on a page's main thread (the content script did not run). */
export function mainThreadCost(trace: Buffer | Uint8Array, extensionOrigin: string, decidedMark: string): MainThreadCost | null {
  const parsed = JSON.parse(Buffer.from(trace).toString("utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const ours = (e: TraceEvent): boolean => e.ph === "X" && (e.args?.data?.url ?? "").startsWith(extensionOrigin);
  const first = events.find((e) => ours(e) && e.name === "EvaluateScript");
  if (!first) return null;
  const onThread = events.filter((e) => e.pid === first.pid && e.tid === first.tid && (e.ph === "X" || e.ph === "R" || e.ph === "I")).sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((e) => e.name === "RunTask" && e.ph === "X");
  const end = (e: TraceEvent): number => e.ts + (e.dur ?? 0);
  const within = (task: TraceEvent, e: TraceEvent): boolean => e.ts >= task.ts && end(e) <= end(task);
  const inner = onThread.filter((e) => e.name !== "RunTask");
  // Saidby's tasks: those that run its script's functions, in which it announced its decision, or in
  // which the profiler caught its code (a promise continuation carries no script URL in the trace).
  const sampled = samplesIn(events, first.pid, first.tid, extensionOrigin);
  const scriptTasks = tasks.filter((t) => inner.some((e) => (ours(e) || e.name === decidedMark) && within(t, e)) || sampled.some((s) => s >= t.ts && s <= end(t)));
  if (scriptTasks.length === 0) return null;
  const start = scriptTasks[0]!.ts;
  const lastScriptEnd = end(scriptTasks[scriptTasks.length - 1]!);
  // The frame that paints the marks: the first task after Saidby's last one that paints.
  const paintTask = tasks.find((t) => t.ts >= lastScriptEnd && inner.some((e) => e.name === "Paint" && within(t, e)));
  const stop = paintTask ? end(paintTask) : lastScriptEnd;
  const window = tasks.filter((t) => t.ts >= start && end(t) <= stop);
  const ms = (us: number): number => us / 1000;
  return {
    totalMs: ms(window.reduce((s, t) => s + (t.dur ?? 0), 0)),
    scriptMs: ms(scriptTasks.reduce((s, t) => s + (t.dur ?? 0), 0)),
    scriptTasks: scriptTasks.length,
    longestTaskMs: ms(Math.max(...window.map((t) => t.dur ?? 0))),
    longestScriptTaskMs: ms(Math.max(...scriptTasks.map((t) => t.dur ?? 0))),
    wallMs: ms(stop - start),
    renderMs: ms(outermost(inner, RENDER, start, stop)),
    forcedStyleMs: ms(scriptTasks.reduce((s, t) => s + outermost(inner, FORCED, t.ts, end(t)), 0)),
    compileMs: ms(scriptTasks.reduce((s, t) => s + outermost(inner, COMPILE, t.ts, end(t)), 0)),
    gcMs: ms(scriptTasks.reduce((s, t) => s + outermost(inner, GC, t.ts, end(t)), 0)),
  };
}
