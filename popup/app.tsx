/**
 * The popup: one screen per state. `data-state` on #app mirrors the state so
 * tests can wait for it (Firefox sends no load event for extension pages).
 * Keyboard: `/` searches, arrow keys move through the quotes, Enter jumps.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Attribution, Speaker } from "../src/core/attribution";
import type { Said } from "../src/describe";
import { readPage, reloadAndRead, requestAccess, scrollTo, targetTab, type PageState, type Target } from "./connection";
import { citation, fileStem, publication, toCsv, toJson, toMarkdown, type Source } from "./export";
import { filterGroups, groupBySpeaker } from "./groups";
import { QuoteList } from "./quote-list";

type Screen = { status: "loading" } | PageState;

/** The value of data-state for each screen ("ok" splits into quotes / no-quotes). */
function stateName(screen: Screen): string {
  if (screen.status === "ok") return hasAnything(screen.attribution) ? "quotes" : "no-quotes";
  return screen.status;
}

/** Quotes, or statements reported without quote marks: something to list. */
const hasAnything = (a: Attribution): boolean => a.quotes.length > 0 || a.reported.length > 0;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function Message({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="message">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** What each export button writes. */
const EXPORTS = [
  { label: "Markdown", ext: "md", type: "text/markdown" },
  { label: "CSV", ext: "csv", type: "text/csv" },
  { label: "JSON", ext: "json", type: "application/json" },
] as const;

/** Saves `text` as a file through a temporary object URL: no `downloads` permission needed. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Quotes({ attribution, site, onJump }: { attribution: Attribution; site: string | null; onJump(id: string): void }) {
  const [query, setQuery] = useState("");
  const [quotesOnly, setQuotesOnly] = useState(false);
  const [status, setStatus] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupBySpeaker(attribution), [attribution]);
  const shown = useMemo(() => filterGroups(groups, query, quotesOnly), [groups, query, quotesOnly]);
  const source: Source = { site, url: attribution.url };
  const n = attribution.quotes.length;
  const people = groups.filter((g) => g.speaker).length;
  const listed = shown.reduce((sum, g) => sum + g.quotes.length, 0);
  const k = attribution.reported.length;
  const listedReported = shown.reduce((sum, g) => sum + g.reported.length, 0);

  const copy = (quote: Said, speaker: Speaker | null): void => {
    navigator.clipboard.writeText(citation(quote, speaker, source)).then(
      () => setStatus("Citation copied"),
      () => setStatus("Could not copy: the browser refused the clipboard"),
    );
  };
  const save = (kind: (typeof EXPORTS)[number]): void => {
    const text = kind.ext === "md" ? toMarkdown(attribution, source) : kind.ext === "csv" ? toCsv(attribution) : toJson(attribution);
    download(text, `${fileStem(attribution)}.${kind.ext}`, kind.type);
    setStatus(`Saved ${kind.label}`);
  };

  // `/` from anywhere focuses the search; arrows walk the quotes; Escape clears a search before it closes the popup.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const input = search.current;
      const inSearch = document.activeElement === input;
      if (e.key === "/" && !inSearch) {
        e.preventDefault();
        input?.focus();
        input?.select();
        return;
      }
      if (e.key === "Escape" && inSearch && input?.value) {
        e.preventDefault();
        setQuery("");
        return;
      }
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Home" && e.key !== "End") return;
      if ((e.key === "Home" || e.key === "End") && inSearch) return;
      const jumps = [...(list.current?.querySelectorAll<HTMLButtonElement>("button.jump") ?? [])];
      if (jumps.length === 0) return;
      const item = (document.activeElement as Element | null)?.closest(".quote");
      const at = item ? jumps.findIndex((b) => b.closest(".quote") === item) : -1;
      let next: number;
      if (e.key === "Home") next = 0;
      else if (e.key === "End") next = jumps.length - 1;
      else if (inSearch || at < 0) next = e.key === "ArrowDown" ? 0 : -1;
      else next = at + (e.key === "ArrowDown" ? 1 : -1);
      e.preventDefault();
      if (next < 0) input?.focus();
      else jumps[Math.min(next, jumps.length - 1)]!.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <main>
      <header class="summary">
        <h1>
          {n} {n === 1 ? "quote" : "quotes"} · {people} {people === 1 ? "speaker" : "speakers"}
          {k ? ` · ${k} reported` : ""}
        </h1>
        <p class="title">{attribution.title ?? BLANK_LINE}</p>
        <p class="source">{publication(source) ?? BLANK_LINE}</p>
      </header>
      <div class="toolbar">
        <input
          ref={search}
          type="search"
          class="search"
          placeholder="Search (press /)"
          aria-label="Search quotes, names and affiliations (shortcut: /)"
          aria-controls="quote-groups"
          aria-keyshortcuts="/"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {k ? (
          <label class="quotes-only">
            <input type="checkbox" checked={quotesOnly} onChange={(e) => setQuotesOnly((e.currentTarget as HTMLInputElement).checked)} />
            Quotes only
          </label>
        ) : null}
        <div class="exports" role="group" aria-label="Export every quote">
          {EXPORTS.map((kind) => (
            <button key={kind.ext} type="button" class={`export export-${kind.ext}`} aria-label={`Export as ${kind.label}`} onClick={() => save(kind)}>
              {kind.label}
            </button>
          ))}
        </div>
      </div>
      <p class="status" role="status">
        {query ? `${listed} of ${n} ${n === 1 ? "quote" : "quotes"} match` : ""}
        {query && k && !quotesOnly ? ` · ${listedReported} of ${k} reported` : ""}
        {query && status ? " · " : ""}
        {status}
      </p>
      <div id="quote-groups" ref={list}>
        {shown.length ? <QuoteList groups={shown} actions={{ jump: onJump, copy }} /> : <p class="none">{query ? `No quote matches “${query}”.` : "No quotes on this page."}</p>}
      </div>
    </main>
  );
}

/** Keeps an empty header line one line tall (a no-break space does not collapse). */
const BLANK_LINE = "\u00a0";

/** Same frame as the quotes screen's header, so the list appears below it without moving anything. */
function Loading() {
  return (
    <main aria-busy="true">
      <header class="summary">
        <h1>Reading the page…</h1>
        <p class="title">{BLANK_LINE}</p>
        <p class="source">{BLANK_LINE}</p>
      </header>
      <div class="toolbar">
        <input type="search" class="search" disabled aria-label="Search quotes, names and affiliations" placeholder="Search (press /)" />
        <div class="exports" aria-hidden="true">
          {EXPORTS.map((kind) => (
            <button key={kind.ext} type="button" class="export" disabled tabIndex={-1}>
              {kind.label}
            </button>
          ))}
        </div>
      </div>
    </main>
  );
}

export function App({ root }: { root: HTMLElement }) {
  const [screen, setScreen] = useState<Screen>({ status: "loading" });
  const [target, setTarget] = useState<Target | null>(null);
  const [asking, setAsking] = useState(false);
  const fail = (error: unknown): void => setScreen({ status: "error", message: errorText(error) });

  useEffect(() => {
    (async () => {
      const tab = await targetTab(location.search);
      if (tab === null) return setScreen({ status: "cannot-run" });
      setTarget(tab);
      setScreen(await readPage(tab));
    })().catch(fail);
  }, []);

  // Layout effect: the attribute changes in the same frame as the screen it names.
  useLayoutEffect(() => {
    root.dataset.state = stateName(screen);
  }, [screen, root]);

  const jump = (quoteId: string): void => {
    if (target !== null) scrollTo(target.id, quoteId).catch(() => setScreen({ status: "cannot-run" }));
  };

  const allow = (origins: string[]): void => {
    if (target === null) return;
    // The request must start inside the click: no await before it.
    const asked = requestAccess(origins);
    setAsking(true);
    asked
      .then(async (yes) => {
        if (yes) setScreen(await reloadAndRead(target));
      })
      .catch(fail)
      .finally(() => setAsking(false));
  };

  switch (screen.status) {
    case "loading":
      return <Loading />;
    case "cannot-run":
      return (
        <Message title="Saidby can’t run on this page">
          <p>Browser pages, extension stores and local files are off limits. If the page was open before Saidby was installed, reload it.</p>
        </Message>
      );
    case "no-access":
      return (
        <Message title={screen.host ? `Saidby may not read ${screen.host}` : "Saidby may not read this site"}>
          <p>
            You have not allowed Saidby on {screen.host ? "this site" : "websites"} yet. It reads the page only to find quotes, and nothing leaves your
            browser.
          </p>
          <button type="button" class="primary allow" disabled={asking} onClick={() => allow(screen.origins)}>
            {screen.host ? `Allow on ${screen.host}` : "Allow on websites"}
          </button>
          <p class="hint">The page reloads once access is granted.</p>
        </Message>
      );
    case "not-article":
      return (
        <Message title="This page doesn’t look like an article">
          <p>Saidby marks quotes in news articles and similar long texts.</p>
        </Message>
      );
    case "error":
      return (
        <Message title="Something went wrong">
          <p>
            Saidby could not read this page{screen.message ? `: ${screen.message}` : "."} The page itself was left unchanged.
          </p>
        </Message>
      );
    case "ok": {
      if (!hasAnything(screen.attribution)) {
        return (
          <Message title="No quotes found">
            <p>This article has no quoted statements.</p>
          </Message>
        );
      }
      return <Quotes attribution={screen.attribution} site={screen.site ?? null} onJump={jump} />;
    }
  }
}
