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

/** Wash opacity: strong enough to see on white, weak enough not to hide dark text. */
export const WASH_ALPHA = 0.28;
/** On a dark page the same hues need more opacity to be seen, and light text stays readable over them. */
export const WASH_ALPHA_DARK = 0.38;

export function washAlpha(darkPage: boolean): number {
  return darkPage ? WASH_ALPHA_DARK : WASH_ALPHA;
}

/** The quote whose card is open, and a quote just jumped to. */
export const ACTIVE_COLOUR = "rgb(255 214 0 / 0.55)";
export const FLASH_COLOUR = "rgb(255 140 0 / 0.7)";

/** Relative luminance below which a background counts as dark (WCAG formula; mid-grey is about 0.2). */
const DARK_LUMINANCE = 0.2;

/** Whether an `rgb()`/`rgba()` computed colour is dark; null when it is transparent or unreadable. */
export function isDarkColour(computed: string): boolean | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(computed.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const channel = (v: string): number => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
  return luminance < DARK_LUMINANCE;
}

/** Unattributed quotes: no wash, a grey dotted underline (quieter than any speaker). */
export const UNATTRIBUTED_COLOUR = "128 128 128";

/** Palette slot for the n-th speaker in article order (colours repeat after the palette runs out). */
export function colourSlot(speakerIndex: number): number {
  return speakerIndex % SPEAKER_COLOURS.length;
}
