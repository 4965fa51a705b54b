// Name normalisation for joining by name when a row has no GSO code.
// "Đạ M' Rong", "Đạ M'Rong", "Da M Rong" and "da m rong" all normalise to "da m rong".

const APOSTROPHES = /['’‘`´ʼʻ′]/g;

/** Lower-case, strip diacritics (đ/Đ → d), turn apostrophes/hyphens into spaces, collapse spaces. */
export function normalizeName(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(APOSTROPHES, ' ')
    .replace(/[-_.,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const COMMUNE_PREFIXES = ['xa ', 'phuong ', 'thi tran ', 'tt '];
const DISTRICT_PREFIXES = ['thanh pho ', 'tp ', 'huyen ', 'h ', 'thi xa ', 'tx '];

function stripPrefix(name: string, prefixes: readonly string[]): string {
  for (const p of prefixes) {
    if (name.startsWith(p) && name.length > p.length) return name.slice(p.length);
  }
  return name;
}

/** Normalised commune name without a type prefix ("Xã Ka Đô" → "ka do"). */
export function normalizeCommuneName(input: string): string {
  return stripPrefix(normalizeName(input), COMMUNE_PREFIXES);
}

/** Normalised district name without a type prefix ("TP. Đà Lạt", "Huyện Đơn Dương"). */
export function normalizeDistrictName(input: string): string {
  return stripPrefix(normalizeName(input), DISTRICT_PREFIXES);
}

/** Key used to join a row to a unit by names: "district|commune". */
export function nameKey(district: string, commune: string): string {
  return `${normalizeDistrictName(district)}|${normalizeCommuneName(commune)}`;
}
