import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { extractFromDocument, extractSteps } from "../../src/page/extract";
import { runInSlices } from "../../src/page/run-in-slices";

const paragraph = '<p>"We will rebuild the old city," Maria Lopez said on Monday, as officials met in the square to plan the work ahead.</p>';
const page = `<html><head><title>T</title></head><body><article><h1>Rebuilding</h1>${paragraph.repeat(200)}</article></body></html>`;
const parse = (): Document => parseHTML(page).document as unknown as Document;

describe("runInSlices", () => {
  it("gives the same Attribution as the one-shot path, spread over many tasks", async () => {
    const timeout = vi.spyOn(globalThis, "setTimeout");
    try {
      // A zero budget: one step per task, the most slices possible.
      const sliced = await runInSlices(extractSteps(parse(), null), undefined, 0);
      expect(sliced?.attribution).toEqual(extractFromDocument(parse(), null)?.attribution);
      expect(sliced?.attribution.quotes).toHaveLength(200);
      expect(timeout.mock.calls.length).toBeGreaterThan(200);
    } finally {
      timeout.mockRestore();
    }
  });

  it("stops when its signal aborts", async () => {
    const controller = new AbortController();
    const run = runInSlices(extractSteps(parse(), null), controller.signal, 0);
    controller.abort(new Error("navigated away"));
    await expect(run).rejects.toThrow("navigated away");
  });
});
