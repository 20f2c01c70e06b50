/**
 * Runs a step generator on the main thread in slices of a few milliseconds,
 * giving the page its turn between them, so that no task Saidby starts runs
 * long (the Long Tasks API counts 50 ms as long).
 */

/** Work per slice; well under the 50 ms long-task line, leaving room for one slow step. */
export const SLICE_BUDGET_MS = 8;

export function runInSlices<T>(steps: Generator<void, T, void>, signal?: AbortSignal, budgetMs = SLICE_BUDGET_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slice = (): void => {
      if (signal?.aborted) return reject(signal.reason);
      const until = performance.now() + budgetMs;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) return resolve(step.value);
          if (performance.now() >= until) break;
        }
      } catch (error) {
        return reject(error);
      }
      // A macrotask, so input and rendering run between slices.
      setTimeout(slice, 0);
    };
    slice();
  });
}
