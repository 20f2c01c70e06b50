/**
 * Speaker colours. Each mark is a translucent wash, so it reads on light and
 * dark pages alike; who said it is in the card and the popup, so the hue is a
 * hint, never the only carrier of meaning.
 */

/** Hues picked to stay apart from each other and from typical link blue; alpha keeps the page's text colour readable. */
export const SPEAKER_COLOURS: readonly string[] = [
  "255 179 0", // amber
  "0 172 193", // cyan
  "236 64 122", // pink
  "124 179 66", // green
  "149 117 205", // violet
  "255 112 67", // orange
];

/** Wash opacity: strong enough to see on white, weak enough not to hide dark text or light text on dark pages. */
export const WASH_ALPHA = 0.28;

/** Unattributed quotes: no wash, a grey dotted underline (quieter than any speaker). */
export const UNATTRIBUTED_COLOUR = "128 128 128";

/** Palette slot for the n-th speaker in article order (colours repeat after the palette runs out). */
export function colourSlot(speakerIndex: number): number {
  return speakerIndex % SPEAKER_COLOURS.length;
}
