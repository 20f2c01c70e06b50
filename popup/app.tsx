/**
 * The popup: one screen per state. `data-state` on #app mirrors the state so
 * tests can wait for it (Firefox sends no load event for extension pages).
 */
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import { readPage, scrollTo, targetTab, type PageState } from "./connection";
import { QuoteList } from "./quote-list";

type Screen = { status: "loading" } | PageState;

/** The value of data-state for each screen ("ok" splits into quotes / no-quotes). */
function stateName(screen: Screen): string {
  if (screen.status === "ok") return screen.attribution.quotes.length ? "quotes" : "no-quotes";
  return screen.status;
}

function Message({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="message">
      <h1>{title}</h1>
      {children ? <p>{children}</p> : null}
    </div>
  );
}

export function App({ root }: { root: HTMLElement }) {
  const [screen, setScreen] = useState<Screen>({ status: "loading" });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    (async () => {
      const id = await targetTab(location.search);
      if (id === null) return setScreen({ status: "cannot-run" });
      setTabId(id);
      setScreen(await readPage(id));
    })().catch((error: unknown) => {
      setScreen({ status: "error", message: error instanceof Error ? error.message : String(error) });
    });
  }, []);

  // Layout effect: the attribute changes in the same frame as the screen it names.
  useLayoutEffect(() => {
    root.dataset.state = stateName(screen);
  }, [screen, root]);

  const jump = (quoteId: string): void => {
    if (tabId !== null) scrollTo(tabId, quoteId).catch(() => setScreen({ status: "cannot-run" }));
  };

  switch (screen.status) {
    case "loading":
      return <Message title="Reading the page…" />;
    case "cannot-run":
      return (
        <Message title="Saidby can’t run on this page">
          Browser pages, extension stores and local files are off limits. If the page was open before Saidby was installed,
          reload it.
        </Message>
      );
    case "not-article":
      return <Message title="This page doesn’t look like an article">Saidby marks quotes in news articles and similar long texts.</Message>;
    case "error":
      return (
        <Message title="Something went wrong">
          Saidby could not read this page{screen.message ? `: ${screen.message}` : "."} The page itself was left unchanged.
        </Message>
      );
    case "ok": {
      const { attribution } = screen;
      const n = attribution.quotes.length;
      if (n === 0) return <Message title="No quotes found">This article has no quoted statements.</Message>;
      const people = new Set(attribution.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))).size;
      return (
        <main>
          <header class="summary">
            <h1>
              {n} {n === 1 ? "quote" : "quotes"} · {people} {people === 1 ? "speaker" : "speakers"}
            </h1>
            {attribution.title ? <p class="title">{attribution.title}</p> : null}
          </header>
          <QuoteList attribution={attribution} onJump={jump} />
        </main>
      );
    }
  }
}
