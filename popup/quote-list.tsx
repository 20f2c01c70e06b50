/**
 * The quotes of one page, grouped by speaker, each speaker's reported
 * statements (no quote marks) listed apart below their quotes. Each item shows
 * its opening words and jumps to its place on the page; "More" shows the
 * whole text and its cue; "Copy" puts a citation on the clipboard. Text only:
 * every string from the page is a Preact text child, never markup.
 */
import { useState } from "preact/hooks";
import type { Speaker } from "../src/core/attribution";
import { confidenceInWords, isReported, roleLine, speakerName, type Said } from "../src/describe";
import { openingWords, type Group } from "./groups";

export interface QuoteActions {
  jump(quoteId: string): void;
  copy(quote: Said, speaker: Speaker | null): void;
}

/** Above an anonymous source's description ("a senior official"), so it does not read as a name. */
const ANONYMOUS_LABEL = "Anonymous source";

function QuoteItem({ quote, speaker, actions }: { quote: Said; speaker: Speaker | null; actions: QuoteActions }) {
  const [expanded, setExpanded] = useState(false);
  const { opening, cut } = openingWords(quote.text);
  const detailId = `detail-${quote.id}`;
  const reported = isReported(quote);
  // Reported speech is the writer's words about what was said: shown without quotation marks.
  const [open, close] = reported ? ["", ""] : ["“", "”"];
  return (
    <li class={reported ? "quote reported" : "quote"} data-quote-id={quote.id} data-kind={quote.kind}>
      <button
        type="button"
        class="jump"
        title="Show on the page"
        aria-describedby={expanded ? detailId : undefined}
        onClick={() => actions.jump(quote.id)}
      >
        {open}
        {expanded ? quote.text : opening}
        {close}
      </button>
      <span class="actions">
        {cut || quote.cue ? (
          <button
            type="button"
            class="more"
            aria-expanded={expanded}
            aria-label={expanded ? "Show less" : reported ? "Show the whole statement and its cue" : "Show the whole quote and its cue"}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "Less" : "More"}
          </button>
        ) : null}
        <button type="button" class="copy" aria-label="Copy as a citation" title="Copy as a citation" onClick={() => actions.copy(quote, speaker)}>
          Copy
        </button>
      </span>
      {expanded ? (
        <p class="detail" id={detailId}>
          {quote.cue ? <span class="cue">{quote.cue}</span> : <span>No attributing words.</span>}
          {quote.speakerId ? ` · ${confidenceInWords(quote.confidence)} (${Math.round(quote.confidence * 100)}%)` : null}
        </p>
      ) : null}
    </li>
  );
}

function GroupItem({ group, actions }: { group: Group; actions: QuoteActions }) {
  const kind = group.speaker?.kind ?? "unattributed";
  const details = roleLine(group.speaker);
  const n = group.quotes.length;
  const headingId = `group-${group.key}`;
  return (
    <section class={`group kind-${kind}`} data-speaker={speakerName(group.speaker)} aria-labelledby={headingId}>
      <header>
        {kind === "anonymous" ? <p class="group-label">{ANONYMOUS_LABEL}</p> : null}
        <h2 id={headingId}>
          <span class="name">{speakerName(group.speaker)}</span>
          {n ? (
            <span class="count" aria-label={`${n} ${n === 1 ? "quote" : "quotes"}`}>
              {n}
            </span>
          ) : null}
        </h2>
        {details ? <p class="role">{details}</p> : null}
      </header>
      {group.quotes.length ? (
        <ul>
          {group.quotes.map((q) => (
            <QuoteItem key={q.id} quote={q} speaker={group.speaker} actions={actions} />
          ))}
        </ul>
      ) : null}
      {group.reported.length ? (
        <>
          <p class="reported-label" id={`${headingId}-reported`}>
            Reported without quote marks ({group.reported.length})
          </p>
          <ul class="reported-list" aria-labelledby={`${headingId}-reported`}>
            {group.reported.map((r) => (
              <QuoteItem key={r.id} quote={r} speaker={group.speaker} actions={actions} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function QuoteList({ groups, actions }: { groups: Group[]; actions: QuoteActions }) {
  return (
    <div class="groups">
      {groups.map((g) => (
        <GroupItem key={g.key} group={g} actions={actions} />
      ))}
    </div>
  );
}
