// The illustrative attainment table: published facts first, the rest filled consistently with a fixed seed.
import type { NtmStatus } from '../../src/domain/types';
import { NTM_STATUSES, YEARS } from '../../src/domain/types';
import { COMMUNE_FACTS, DAM_RONG_ROADMAP_NANG_CAO, FIRST_RECOGNISED_2014, SRC_2014, type CommuneFact } from './facts';
import { mulberry32, shuffle } from './prng';
import { UnitIndex, type Unit } from './units';
import { ATTAINMENT_COLUMNS } from './validate';

export const SEED = 5306;

/** Province counts the table must have per year, at 31 December (nested: kiểu mẫu ⊂ nâng cao).
 *  2023 is the end-of-2023 report (41, 16); 2021 keeps the 16/6/2021 round (27, 9: the lower bound,
 *  nothing later in 2021 is published); 2022, 2024, 2025 illustrative (2025: the 25/11/2022 target
 *  of 23 kiểu mẫu). */
export interface ClassTargets {
  nangCao: number;
  kieuMau: number;
}
export const ILLUSTRATIVE_TARGETS: Record<number, ClassTargets> = {
  2021: { nangCao: 27, kieuMau: 9 },
  2022: { nangCao: 30, kieuMau: 9 },
  2023: { nangCao: 41, kieuMau: 16 },
  2024: { nangCao: 47, kieuMau: 19 },
  2025: { nangCao: 52, kieuMau: 23 },
};

// Illustrative shares (fixed per-commune latent values make them monotone over the years).
const P_NC84: Record<number, number> = { 2021: 0.15, 2022: 0.22, 2023: 0.3, 2024: 0.38, 2025: 0.45 };
const P_NC152: Record<number, number> = { 2021: 0.1, 2022: 0.18, 2023: 0.26, 2024: 0.34, 2025: 0.42 };
const P_COOP: Record<number, number> = { 2021: 0.62, 2022: 0.66, 2023: 0.7, 2024: 0.74, 2025: 0.78 };
const P_ONLINE: Record<number, number> = { 2021: 0.1, 2022: 0.18, 2023: 0.28, 2024: 0.38, 2025: 0.48 };
const P_SURVEY: Record<number, number> = { 2021: 0.08, 2022: 0.15, 2023: 0.25, 2024: 0.36, 2025: 0.46 };
/** Criteria that communes not yet NTM most often miss, in no particular order (shuffled per commune). */
const HARD_CRITERIA = [10, 11, 13, 17, 2, 6, 7, 14, 3, 12, 16, 8, 5, 9];
/** Criteria met by a not-yet-NTM commune in a year, when no fact gives it. */
const DEFAULT_MET: Record<number, number> = { 2021: 15, 2022: 16, 2023: 17, 2024: 18, 2025: 18 };

const rank = (s: NtmStatus) => NTM_STATUSES.indexOf(s);
const maxS = (a: NtmStatus, b: NtmStatus) => (rank(a) >= rank(b) ? a : b);
const minS = (a: NtmStatus, b: NtmStatus) => (rank(a) <= rank(b) ? a : b);

export interface GeneratedRow {
  unit: Unit;
  year: number;
  status: NtmStatus;
  criteriaMet: boolean[];
  i8: [boolean, boolean, boolean, boolean];
  nc84: boolean;
  nc152: boolean;
  cooperative: boolean;
  onlineService: boolean;
  onlineSurvey: boolean;
  recognitionYear: number | null;
  criteriaSet: '2016-2020' | '2021-2025';
  source: string;
  note: string;
}

function resolveFact(index: UnitIndex, district: string, commune: string): Unit {
  const found = index.findByName(district, commune);
  if (found.length !== 1 || found[0]!.type !== 'xa') throw new Error(`fact names an unknown xã: ${commune} (${district})`);
  return found[0]!;
}

export function generateAttainment(units: readonly Unit[], targets: Record<number, ClassTargets> = ILLUSTRATIVE_TARGETS, seed = SEED): GeneratedRow[] {
  const index = new UnitIndex(units);
  const xa = index.xa.sort((a, b) => a.gso.localeCompare(b.gso));
  const years = [...YEARS] as number[];
  const rand = mulberry32(seed);

  const facts = new Map<string, CommuneFact>();
  for (const fact of COMMUNE_FACTS) {
    const u = resolveFact(index, fact.district, fact.commune);
    const key = `${u.gso}|${fact.year}`;
    if (facts.has(key)) throw new Error(`two facts for ${fact.commune} ${fact.year}`);
    facts.set(key, fact);
  }
  const first2014 = new Set(FIRST_RECOGNISED_2014.map(([d, c]) => resolveFact(index, d, c).gso));
  const roadmap = new Map(DAM_RONG_ROADMAP_NANG_CAO.map(([c, y]) => [resolveFact(index, 'Đam Rông', c).gso, y]));
  const smartPilots = new Set(
    [
      ['Đà Lạt', 'Xuân Thọ'],
      ['Đạ Tẻh', 'Mỹ Đức'],
      ['Cát Tiên', 'Quảng Ngãi'],
    ].map(([d, c]) => resolveFact(index, d!, c!).gso),
  );

  // Bounds from facts: a later fact caps a year's status (statuses never go backwards), an earlier one floors it.
  const status = new Map<string, NtmStatus>(); // gso|year
  const upper = (gso: string, y: number): NtmStatus => {
    let s: NtmStatus = 'kieu_mau';
    for (const yy of years) if (yy >= y && facts.has(`${gso}|${yy}`)) s = minS(s, facts.get(`${gso}|${yy}`)!.status);
    return s;
  };
  const changedIn = new Map<string, number>(); // gso|status → year it was reached in the table

  for (const y of years) {
    for (const u of xa) {
      const prev = status.get(`${u.gso}|${y - 1}`);
      const fact = facts.get(`${u.gso}|${y}`);
      let s: NtmStatus = fact ? fact.status : minS(upper(u.gso, y), maxS(prev ?? 'ntm', 'ntm'));
      if (prev) s = maxS(s, prev);
      if (fact && prev && rank(fact.status) < rank(prev)) throw new Error(`fact for ${u.name} ${y} goes backwards`);
      status.set(`${u.gso}|${y}`, s);
    }
    // Illustrative upgrades to reach the year's nâng cao and kiểu mẫu counts.
    const t = targets[y]!;
    const count = (min: NtmStatus) => xa.filter((u) => rank(status.get(`${u.gso}|${y}`)!) >= rank(min)).length;
    const eligible = (from: readonly NtmStatus[], to: NtmStatus) =>
      xa.filter((u) => from.includes(status.get(`${u.gso}|${y}`)!) && !facts.has(`${u.gso}|${y}`) && rank(upper(u.gso, y + 1)) >= rank(to));
    const laterFactReaches = (u: Unit, to: NtmStatus) =>
      years.some((yy) => yy > y && facts.has(`${u.gso}|${yy}`) && rank(facts.get(`${u.gso}|${yy}`)!.status) >= rank(to));
    // Priority: a commune a later fact puts at kiểu mẫu (Gia Viễn), the Đam Rông roadmap in its year,
    // smart-NTM pilots from 2024 (plan II.2.đ: registered for kiểu mẫu về chuyển đổi số), then random.
    const ordered = (list: Unit[], to: NtmStatus) => {
      const shuffled = shuffle(list, rand);
      const prio = (u: Unit) =>
        to === 'kieu_mau' && laterFactReaches(u, 'kieu_mau') ? 0 : to === 'nang_cao' && roadmap.get(u.gso) === y ? 1 : smartPilots.has(u.gso) && y >= 2024 ? 2 : 3;
      return shuffled.sort((a, b) => prio(a) - prio(b));
    };
    const upgrade = (from: readonly NtmStatus[], to: NtmStatus, need: number) => {
      if (need < 0) throw new Error(`${y}: facts already give more ${to} than the target`);
      const pool = ordered(eligible(from, to), to);
      if (pool.length < need) throw new Error(`${y}: not enough communes to upgrade to ${to}`);
      for (const u of pool.slice(0, need)) {
        status.set(`${u.gso}|${y}`, to);
        changedIn.set(`${u.gso}|${to}`, y);
      }
    };
    // Kiểu mẫu first (from nâng cao), then refill nâng cao from NTM.
    upgrade(['nang_cao', 'ntm'], 'kieu_mau', t.kieuMau - count('kieu_mau'));
    upgrade(['ntm'], 'nang_cao', t.nangCao - count('nang_cao'));
    if (count('kieu_mau') !== t.kieuMau || count('nang_cao') !== t.nangCao) throw new Error(`${y}: class counts not reached`);
  }

  // Per-commune latent values and the order in which a not-yet commune meets its missing criteria.
  const latent = new Map<string, { nc84: number; nc152: number; coop: number; online: number; survey: number; hard: number[] }>();
  for (const u of xa) {
    const pilotBoost = smartPilots.has(u.gso) ? 0.3 : 0;
    latent.set(u.gso, {
      nc84: rand(),
      nc152: rand(),
      coop: rand(),
      online: 0,
      survey: 0,
      hard: shuffle(HARD_CRITERIA, rand),
    });
    // A commune that offers an online service usually also runs the online survey: correlated latents.
    const l = latent.get(u.gso)!;
    l.online = Math.max(0, rand() - pilotBoost);
    l.survey = Math.min(1, Math.max(0, l.online + (rand() - 0.5) * 0.2));
  }

  const rows: GeneratedRow[] = [];
  for (const u of xa) {
    const l = latent.get(u.gso)!;
    let prev: NtmStatus | null = null;
    let recYear: number | null = null;
    let recSet: '2016-2020' | '2021-2025' = '2016-2020';
    for (const y of years) {
      const s = status.get(`${u.gso}|${y}`)!;
      const fact = facts.get(`${u.gso}|${y}`);
      const notes: string[] = [];
      if (fact) notes.push(fact.note);
      // Recognition year of the current status.
      if (prev === null) {
        recYear = fact?.recognitionYear ?? (s === 'ntm' && first2014.has(u.gso) ? 2014 : null);
        if (s === 'ntm' && first2014.has(u.gso)) notes.push(`Công nhận NTM năm 2014 (${SRC_2014})`);
        recSet = '2016-2020';
        if (s === 'chua_dat') recYear = null;
      } else if (s !== prev) {
        recYear = fact?.recognitionYear ?? y;
        recSet = y >= 2022 ? '2021-2025' : '2016-2020';
      }
      if (!fact && roadmap.get(u.gso) === y && s === 'nang_cao' && prev !== 'nang_cao') notes.push('Minh họa theo lộ trình của huyện Đam Rông (Báo Lâm Đồng 5/2022)');
      if (u.name === 'Lộc Bắc' && y === 2021) {
        notes.push(
          'Nguồn mâu thuẫn: bài Bảo Lâm 11/2021 ghi Lộc Bắc đang chờ công nhận, nhưng số liệu tỉnh 16/6/2021 (106/111) và danh sách 4 xã chưa đạt ở Đam Rông chỉ còn chỗ cho 1 xã chưa đạt ngoài Đam Rông; ghi "đạt" ở đây để khớp 106/111',
        );
      }
      // Criteria.
      let met: number;
      if (s !== 'chua_dat') met = 19;
      else met = fact?.criteriaMet ?? DEFAULT_MET[y]!;
      const unmet = new Set(s === 'chua_dat' ? l.hard.slice(0, 19 - met) : []);
      const criteriaMet = Array.from({ length: 19 }, (_, i) => !unmet.has(i + 1));
      const tc8 = criteriaMet[7]!;
      const i8: [boolean, boolean, boolean, boolean] = [true, true, true, tc8];
      const advanced = s === 'nang_cao' || s === 'kieu_mau';
      const ntmPlus = s !== 'chua_dat';
      rows.push({
        unit: u,
        year: y,
        status: s,
        criteriaMet,
        i8,
        nc84: advanced || (ntmPlus && l.nc84 < P_NC84[y]!),
        nc152: advanced || (ntmPlus && l.nc152 < P_NC152[y]!),
        cooperative: l.coop < P_COOP[y]!,
        onlineService: l.online < P_ONLINE[y]!,
        onlineSurvey: l.survey < P_SURVEY[y]!,
        recognitionYear: s === 'chua_dat' ? null : recYear,
        criteriaSet: s === 'chua_dat' ? (y >= 2022 ? '2021-2025' : '2016-2020') : recSet,
        source: fact ? fact.source : 'illustrative',
        note: notes.join('; '),
      });
      prev = s;
    }
  }
  return rows;
}

const b = (x: boolean) => (x ? '1' : '0');
function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text (UTF-8 with BOM so that Excel shows Vietnamese letters), rows by district, commune code, year. */
export function toCsv(rows: readonly GeneratedRow[]): string {
  const lines = [ATTAINMENT_COLUMNS.join(',')];
  const sorted = [...rows].sort((a, b2) => a.unit.districtCode.localeCompare(b2.unit.districtCode) || a.unit.gso.localeCompare(b2.unit.gso) || a.year - b2.year);
  for (const r of sorted) {
    const cells = [
      r.unit.gso,
      r.unit.districtName,
      r.unit.name,
      String(r.year),
      r.status,
      ...r.criteriaMet.map(b),
      ...r.i8.map(b),
      b(r.nc84),
      b(r.nc152),
      b(r.cooperative),
      b(r.onlineService),
      b(r.onlineSurvey),
      r.recognitionYear == null ? '' : String(r.recognitionYear),
      '',
      r.criteriaSet,
      r.source,
      r.note,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return '\uFEFF' + lines.join('\n') + '\n';
}
