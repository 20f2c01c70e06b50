/**
 * How sure each rule of the sieve is: its precision as measured on annotated
 * news (rule-precision.json, written by `npm run calibrate`, never typed by
 * hand), and the floor below which a quote keeps no speaker.
 */
import measured from "./rule-precision.json";

interface Measurement {
  right: number;
  wrong: number;
  precision: number;
}

interface PrecisionTable {
  floor: number;
  rules: Record<string, Measurement>;
}

const table = measured as PrecisionTable;

/** Quotes whose best reading is less sure than this get no speaker (chosen by the calibration so wrong speakers stay rare). */
export const CONFIDENCE_FLOOR: number = table.floor;

/** The measured precisions by rule key, in a Map: every quote and reported statement asks for one. */
const PRECISION: ReadonlyMap<string, number> = new Map(Object.entries(table.rules).map(([key, m]) => [key, m.precision]));

/** The measured precision of a rule key; a key never seen in measurement takes its rule's; a rule never measured is not trusted at all. */
export function confidenceOf(key: string): number {
  return PRECISION.get(key) ?? PRECISION.get(key.split("/")[0]!) ?? 0;
}
