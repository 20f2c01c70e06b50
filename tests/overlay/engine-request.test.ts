import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/messages";
import { engineRequest } from "../../src/overlay/engine-request";
import type { PageArticle } from "../../src/page/read-article";

/** A page article as the page layer gives it; the engine request reads only text and kind. */
function pageOf(texts: string[]): PageArticle {
  return {
    article: {} as PageArticle["article"],
    title: "Council votes",
    blocks: texts.map((text) => ({ text, kind: "paragraph", pieces: [], element: {} as Element })),
  };
}

describe("engineRequest", () => {
  it("sends each block's text and kind, nothing of the DOM, and passes the background's own check", () => {
    const request = engineRequest(pageOf(["“Yes,” said Ana Ruiz.", "More text."]), "https://example.org/a");
    expect(request).toEqual({
      type: "saidby/attribute",
      url: "https://example.org/a",
      title: "Council votes",
      blocks: [{ text: "“Yes,” said Ana Ruiz.", kind: "paragraph" }, { text: "More text.", kind: "paragraph" }],
    });
    expect(parseMessage(request)).toEqual(request);
  });

  it("cuts an article past the limit at the limit, keeping the start of every block it sends", () => {
    const request = engineRequest(pageOf(["a".repeat(6), "b".repeat(6), "c".repeat(6)]), "u", 10);
    expect(request.blocks.map((b) => b.text)).toEqual(["aaaaaa", "bbbb"]);
  });
});
