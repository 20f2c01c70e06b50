/** What the figures were measured on, and how busy it was. */
import { cpus, loadavg, totalmem } from "node:os";
import { availableParallelism } from "node:os";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** 1-minute load average at the start and at the end of the run. */
  loadStart: number;
  loadEnd: number;
  date: string;
}

export function machineNow(): Omit<Machine, "loadEnd"> {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadStart: loadavg()[0]!,
    date: new Date().toISOString(),
  };
}

export const loadNow = (): number => loadavg()[0]!;
