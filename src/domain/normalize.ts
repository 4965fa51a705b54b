// One name normaliser for the data build (joining a row without a GSO code by its names) and
// the search box. "Đạ M' Rong", "Đạ M'Rong", "Da M Rong" and "da m rong" all give "da m rong":
// an apostrophe separates like a space, so the two spellings of a K'Ho or M'Nông name meet.
// (Search also compares names without spaces, so "blao" still finds "B'lao".)

const APOSTROPHES = /['’‘`´ʼʻ′"]/g;
const SEPARATORS = /[-‐‑–—_.,;:/\\()]/g;

/** Lower-case, strip diacritics (NFD; đ/Đ → d), apostrophes and punctuation → space, collapse spaces. */
export function normalizeName(input: string): string {
  return String(input ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(APOSTROPHES, ' ')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
