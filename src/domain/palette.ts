// Colour choices in one place (ColorBrewer schemes via d3-scale-chromatic, colour-blind safe).
// See README.md in this folder for the reasoning.
// The ColorBrewer values are written out (checked against d3-scale-chromatic in
// palette.schemes.test.ts): importing a scheme from d3-scale-chromatic also evaluates its
// interpolator with d3-interpolate and d3-color, ≈28 KB of JS (≈9 KB gzip) for 23 colours (issue #7).
const schemeYlGnBu: Record<5 | 6, readonly string[]> = {
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
};
const schemeRdYlBu: Record<4, readonly string[]> = { 4: ['#d7191c', '#fdae61', '#abd9e9', '#2c7bb6'] };
const schemeDark2: readonly string[] = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
const schemeBlues: Record<5, readonly string[]> = { 5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] };

/** Status, ordered light → dark: chưa đạt, NTM, nâng cao, kiểu mẫu (YlGnBu, lightest step skipped
 *  so "chưa đạt" is a real colour and never mistaken for the neutrals below). */
export const STATUS_COLORS = schemeYlGnBu[5].slice(1) as readonly string[];
/** Criteria-met bins, 5 steps of YlGnBu. */
export const COUNT_COLORS = schemeYlGnBu[6].slice(1) as readonly string[];
/** Met = dark blue, not met = light orange (RdYlBu ends): differ in hue AND lightness. */
export const MET_COLOR = schemeRdYlBu[4][3]; // #2c7bb6
export const NOT_MET_COLOR = schemeRdYlBu[4][1]; // #fdae61
/** Pilot models: 3 qualitative Dark2 colours (each also gets its own pattern). */
export const PILOT_COLORS = schemeDark2.slice(0, 3) as readonly string[];
/** District share bins, 5 steps of Blues. */
export const SHARE_COLORS = schemeBlues[5] as readonly string[];
/** District recognition (issue 15): recognised = kiểu-mẫu dark blue, "completed the task" (cities)
 *  = the mid teal with dots, no decision = the not-met orange. */
export const RECOGNITION_COLORS = { dat_chuan: schemeYlGnBu[5][4], hoan_thanh_nhiem_vu: schemeYlGnBu[5][2], no_decision: schemeRdYlBu[4][1] } as const;
/** Change between two years (issue 15), diverging RdYlBu: newly recognised dark blue, moved up
 *  light blue, moved down red (with a cross), unchanged the scheme's pale yellow centre. */
export const CHANGE_COLORS = { newly_recognised: schemeRdYlBu[4][3], moved_up: schemeRdYlBu[4][2], moved_down: schemeRdYlBu[4][0], unchanged: '#ffffbf' } as const;
/** No data: mid-light grey, drawn with a hatch. */
export const NO_DATA_COLOR = '#c8c8c8';
/** Wards and towns, not subject to the commune criteria: pale warm neutral, no pattern. */
export const NOT_SUBJECT_COLOR = '#e8e6e1';
/** A xã that is not a pilot: near-white, so pilots stand out. */
export const NOT_PILOT_COLOR = '#fbfbf8';

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** Black or white text, whichever contrasts more with `bg` (≥ 4.5:1 for all our fills). */
export function textColorOn(bg: string): '#111111' | '#ffffff' {
  return contrastRatio(bg, '#111111') >= contrastRatio(bg, '#ffffff') ? '#111111' : '#ffffff';
}
