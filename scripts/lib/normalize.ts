// Names without their type prefix, and the join key of a row that has no GSO code. The
// normaliser itself is the app's (src/domain/normalize.ts), so build and search agree.
import { normalizeName } from '../../src/domain/normalize';

export { normalizeName };

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
