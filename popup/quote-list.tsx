/** The quotes of one page, grouped by speaker; each quote jumps to its place on the page. */
import { useState } from "preact/hooks";
import type { Attribution, Quote } from "../src/core/attribution";
import { confidenceInWords, roleLine, speakerName } from "../src/overlay/describe";
import { groupBySpeaker, openingWords, type Group } from "./groups";

interface ListProps {
  attribution: Attribution;
  onJump(quoteId: string): void;
}

function QuoteItem({ quote, onJump }: { quote: Quote; onJump(id: string): void }) {
  const [expanded, setExpanded] = useState(false);
  const { opening, cut } = openingWords(quote.text);
  return (
    <li class="quote" data-quote-id={quote.id}>
      <button type="button" class="jump" title="Show on the page" onClick={() => onJump(quote.id)}>
        “{expanded ? quote.text : opening}”
      </button>
      {cut || quote.cue ? (
        <button
          type="button"
          class="more"
          aria-expanded={expanded}
          aria-label={expanded ? "Show less" : "Show the whole quote"}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? "Less" : "More"}
        </button>
      ) : null}
      {expanded ? (
        <p class="detail">
          {quote.cue ? <>Attributed by “{quote.cue}”. </> : null}
          {quote.speakerId ? `${confidenceInWords(quote.confidence)} (${Math.round(quote.confidence * 100)}%).` : null}
        </p>
      ) : null}
    </li>
  );
}

function GroupItem({ group, onJump }: { group: Group; onJump(id: string): void }) {
  const details = roleLine(group.speaker);
  const n = group.quotes.length;
  return (
    <section class={`group kind-${group.speaker?.kind ?? "unattributed"}`} data-speaker={speakerName(group.speaker)}>
      <header>
        <h2>
          <span class="name">{speakerName(group.speaker)}</span>
          <span class="count" aria-label={`${n} ${n === 1 ? "quote" : "quotes"}`}>
            {n}
          </span>
        </h2>
        {details ? <p class="role">{details}</p> : null}
      </header>
      <ul>
        {group.quotes.map((q) => (
          <QuoteItem key={q.id} quote={q} onJump={onJump} />
        ))}
      </ul>
    </section>
  );
}

export function QuoteList({ attribution, onJump }: ListProps) {
  const groups = groupBySpeaker(attribution);
  return (
    <div class="groups">
      {groups.map((g) => (
        <GroupItem key={g.key} group={g} onJump={onJump} />
      ))}
    </div>
  );
}
