// Colour choices in one place (ColorBrewer schemes via d3-scale-chromatic, colour-blind safe).
// See README.md in this folder for the reasoning.
// The ColorBrewer values are written out (checked against d3-scale-chromatic in
// palette.schemes.test.ts): importing a scheme from d3-scale-chromatic also evaluates its
// interpolator with d3-interpolate and d3-color, ≈28 KB of JS (≈9 KB gzip) for 23 colours (issue #7).
const schemeYlGnBu: Record<5 | 7, readonly string[]> = {
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};
const schemeYlOrBr: Record<7, readonly string[]> = { 7: ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#ec7014', '#cc4c02', '#8c2d04'] };
const schemeRdYlBu: Record<4, readonly string[]> = { 4: ['#d7191c', '#fdae61', '#abd9e9', '#2c7bb6'] };
const schemeDark2: readonly string[] = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
const schemeBlues: Record<5, readonly string[]> = { 5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] };

// Issue 14: the classes that need attention are the most visible. "Not yet" is a strong burnt orange
// (YlOrBr), the one warm, saturated colour of its palette; what has been achieved climbs from pale
// green to blue (YlGnBu), the higher tiers a little stronger but never as loud as "not yet". Measured
// in palette.cvd.test.ts: in normal vision and the three simulated deficiencies the attention class
// is the farthest from the map's background (CIEDE2000) and, for status, the most saturated.
// (Before: "chưa đạt" was the lightest step of YlGnBu, the least visible class on the map.)
/** The warm attention colour: chưa đạt, fewest criteria met, criterion not met. */
const ATTENTION = schemeYlOrBr[7][5]; // #cc4c02
/** Status: chưa đạt (attention), then NTM, nâng cao, kiểu mẫu light → darker (YlGnBu 7, steps 1, 2, 4). */
export const STATUS_COLORS = [ATTENTION, schemeYlGnBu[7][1], schemeYlGnBu[7][2], schemeYlGnBu[7][4]] as readonly string[];
/** Criteria-met bins, fewest first: 0–9 and 10–14 warm (YlOrBr 7, steps 5 and 3), 15–16, 17–18, 19
 *  pale green → teal (YlGnBu 7, steps 1–3). */
export const COUNT_COLORS = [ATTENTION, schemeYlOrBr[7][3], schemeYlGnBu[7][1], schemeYlGnBu[7][2], schemeYlGnBu[7][3]] as readonly string[];
/** Met = blue, not met = the attention orange: differ in hue AND saturation under every CVD. */
export const MET_COLOR = schemeYlGnBu[7][4]; // #1d91c0
export const NOT_MET_COLOR = ATTENTION;
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
