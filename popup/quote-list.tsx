/**
 * The quotes of one page, grouped by speaker. Each quote shows its opening
 * words and jumps to its place on the page; "More" shows the whole quote and
 * its cue; "Copy" puts a citation on the clipboard. Text only: every string
 * from the page is a Preact text child, never markup.
 */
import { useState } from "preact/hooks";
import type { Quote, Speaker } from "../src/core/attribution";
import { confidenceInWords, roleLine, speakerName } from "../src/describe";
import { openingWords, type Group } from "./groups";

export interface QuoteActions {
  jump(quoteId: string): void;
  copy(quote: Quote, speaker: Speaker | null): void;
}

/** Above an anonymous source's description ("a senior official"), so it does not read as a name. */
const ANONYMOUS_LABEL = "Anonymous source";

function QuoteItem({ quote, speaker, actions }: { quote: Quote; speaker: Speaker | null; actions: QuoteActions }) {
  const [expanded, setExpanded] = useState(false);
  const { opening, cut } = openingWords(quote.text);
  const detailId = `detail-${quote.id}`;
  return (
    <li class="quote" data-quote-id={quote.id}>
      <button
        type="button"
        class="jump"
        title="Show on the page"
        aria-describedby={expanded ? detailId : undefined}
        onClick={() => actions.jump(quote.id)}
      >
        “{expanded ? quote.text : opening}”
      </button>
      <span class="actions">
        {cut || quote.cue ? (
          <button
            type="button"
            class="more"
            aria-expanded={expanded}
            aria-label={expanded ? "Show less" : "Show the whole quote and its cue"}
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
          <span class="count" aria-label={`${n} ${n === 1 ? "quote" : "quotes"}`}>
            {n}
          </span>
        </h2>
        {details ? <p class="role">{details}</p> : null}
      </header>
      <ul>
        {group.quotes.map((q) => (
          <QuoteItem key={q.id} quote={q} speaker={group.speaker} actions={actions} />
        ))}
      </ul>
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
