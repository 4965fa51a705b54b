// Validation of the attainment table (data/attainment.csv or NTM_ATTAINMENT) and its join to units.
import type { AttainmentRow, IndicatorId, NtmStatus } from '../../src/domain/types';
import { CRITERIA_COUNT, NTM_STATUSES, YEARS } from '../../src/domain/types';
import type { ParsedCsv } from './csv';
import { issue, type Issue } from './issues';
import { normalizeDistrictName, normalizeName } from './normalize';
import { UnitIndex, type Unit } from './units';

export const CRITERIA_COLUMNS = Array.from({ length: CRITERIA_COUNT }, (_, i) => `tc${i + 1}`);
export const INDICATOR_COLUMNS: Record<string, IndicatorId> = {
  i8_1: '8.1',
  i8_2: '8.2',
  i8_3: '8.3',
  i8_4: '8.4',
  nc8_4: 'nc8.4',
  nc15_2: 'nc15.2',
};
export const ATTAINMENT_COLUMNS: readonly string[] = [
  'gso',
  'district',
  'commune',
  'year',
  'status',
  ...CRITERIA_COLUMNS,
  ...Object.keys(INDICATOR_COLUMNS),
  'cooperative',
  'online_service',
  'online_survey',
  'recognition_year',
  'decision',
  'criteria_set',
  'source',
  'note',
];

export const STATUS_LABELS_VI: Record<NtmStatus, string> = {
  chua_dat: 'Chưa đạt',
  ntm: 'Đạt chuẩn NTM',
  nang_cao: 'NTM nâng cao',
  kieu_mau: 'NTM kiểu mẫu',
};

// Accepted spellings, compared after normalizeName (no diacritics, lower case).
const STATUS_ALIASES: Record<string, NtmStatus> = {
  chua_dat: 'chua_dat',
  'chua dat': 'chua_dat',
  'chua dat chuan': 'chua_dat',
  'chua dat chuan ntm': 'chua_dat',
  ntm: 'ntm',
  'dat chuan': 'ntm',
  'dat chuan ntm': 'ntm',
  'dat chuan nong thon moi': 'ntm',
  'ntm nang cao': 'nang_cao',
  nang_cao: 'nang_cao',
  'nang cao': 'nang_cao',
  'dat chuan ntm nang cao': 'nang_cao',
  'nong thon moi nang cao': 'nang_cao',
  'ntm kieu mau': 'kieu_mau',
  kieu_mau: 'kieu_mau',
  'kieu mau': 'kieu_mau',
  'dat chuan ntm kieu mau': 'kieu_mau',
  'nong thon moi kieu mau': 'kieu_mau',
};

/** Parse a status cell: code or Vietnamese label (case/diacritics-insensitive). undefined = not recognised. */
export function parseStatus(cell: string): NtmStatus | null | undefined {
  if (cell.trim() === '') return null;
  const raw = cell.trim().toLowerCase();
  if ((NTM_STATUSES as readonly string[]).includes(raw)) return raw as NtmStatus;
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype members.
  const key = normalizeName(cell);
  return Object.hasOwn(STATUS_ALIASES, key) ? STATUS_ALIASES[key] : undefined;
}

export const statusRank = (s: NtmStatus): number => NTM_STATUSES.indexOf(s);

export interface ValidateOptions {
  file: string;
  units: readonly Unit[];
}

export interface ValidatedAttainment {
  rows: AttainmentRow[];
  issues: Issue[];
}

/** Check the header: missing, unknown, duplicate columns; criterion numbers out of range. */
export function validateHeader(header: readonly string[], file: string, line: number): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const col of header) {
    const c = col.trim();
    if (seen.has(c)) issues.push(issue('error', file, line, c, `cột "${c}" bị lặp lại.`, `column "${c}" appears twice.`));
    seen.add(c);
    const tc = /^tc(\d+)$/i.exec(c);
    if (tc && (Number(tc[1]) < 1 || Number(tc[1]) > CRITERIA_COUNT)) {
      issues.push(
        issue('error', file, line, c, `số tiêu chí ngoài phạm vi: "${c}" — bộ tiêu chí xã có 19 tiêu chí (tc1…tc19).`, `criterion number out of range: "${c}" — the commune set has 19 criteria (tc1…tc19).`),
      );
    } else if (!ATTAINMENT_COLUMNS.includes(c)) {
      issues.push(issue('error', file, line, c, `cột không xác định "${c}". Các cột hợp lệ: xem data/README.md.`, `unknown column "${c}". See data/README.md for the valid columns.`));
    }
  }
  for (const col of ATTAINMENT_COLUMNS) {
    if (!seen.has(col)) issues.push(issue('error', file, line, col, `thiếu cột "${col}".`, `missing column "${col}".`));
  }
  return issues;
}

function parseBool(cell: string): boolean | null | undefined {
  const c = cell.trim();
  if (c === '') return null;
  if (c === '1') return true;
  if (c === '0') return false;
  return undefined;
}

/** Validate all rows; join each to a unit by GSO code, or by normalised district + commune name. */
export function validateAttainment(csv: ParsedCsv, opts: ValidateOptions): ValidatedAttainment {
  const { file } = opts;
  const issues: Issue[] = validateHeader(csv.header, file, csv.headerLine);
  const index = new UnitIndex(opts.units);
  const col = new Map<string, number>();
  csv.header.forEach((h, i) => col.set(h.trim(), i));
  const rows: AttainmentRow[] = [];
  const rowLines = new Map<AttainmentRow, number>();
  const firstLineOf = new Map<string, number>();
  const years = YEARS as readonly number[];

  for (const r of csv.rows) {
    const err = (field: string | null, vi: string, en: string) => issues.push(issue('error', file, r.line, field, vi, en));
    const warn = (field: string | null, vi: string, en: string) => issues.push(issue('warning', file, r.line, field, vi, en));
    if (r.fields.length < csv.header.length) {
      err(
        csv.header[r.fields.length] ?? null,
        `dòng bị cắt cụt: có ${r.fields.length} trường, tiêu đề có ${csv.header.length}; thiếu từ cột "${csv.header[r.fields.length]}".`,
        `truncated line: ${r.fields.length} fields, the header has ${csv.header.length}; missing from column "${csv.header[r.fields.length]}" on.`,
      );
      continue;
    }
    if (r.fields.length > csv.header.length) {
      err(
        null,
        `dòng có ${r.fields.length} trường, nhiều hơn tiêu đề (${csv.header.length}): có dấu phẩy trong tên mà không đặt trong ngoặc kép?`,
        `line has ${r.fields.length} fields, more than the header (${csv.header.length}): a comma inside a name without quotes?`,
      );
      continue;
    }
    const get = (name: string): string => {
      const i = col.get(name);
      return i == null ? '' : (r.fields[i] ?? '').trim();
    };
    let bad = false;
    const fail = (field: string, vi: string, en: string) => {
      err(field, vi, en);
      bad = true;
    };

    // --- join ---
    const gso = get('gso');
    const district = get('district');
    const commune = get('commune');
    let unit: Unit | undefined;
    if (gso !== '') {
      if (!/^\d{5}$/.test(gso)) {
        fail('gso', `mã "${gso}" không đúng dạng: cần 5 chữ số (mã xã của Tổng cục Thống kê).`, `code "${gso}" is malformed: expected 5 digits (GSO commune code).`);
      } else {
        unit = index.byCode.get(gso);
        if (!unit) fail('gso', `mã "${gso}" không có trong danh sách đơn vị hành chính của tỉnh.`, `unknown GSO code "${gso}": not a unit of the province.`);
      }
      if (unit && commune !== '' && !UnitIndex.nameMatches(unit, commune)) {
        fail('commune', `tên "${commune}" không khớp với mã ${gso}: mã này là ${unit.fullName} (${unit.districtName}).`, `name "${commune}" does not match code ${gso}: that code is ${unit.fullName} (${unit.districtName}).`);
      }
      if (unit && district !== '' && normalizeDistrictName(district) !== normalizeDistrictName(unit.districtName)) {
        fail('district', `huyện "${district}" không khớp với mã ${gso}: xã này thuộc ${unit.districtName}.`, `district "${district}" does not match code ${gso}: that unit is in ${unit.districtName}.`);
      }
    } else if (commune === '' || district === '') {
      fail('gso', 'không có mã gso và thiếu tên huyện hoặc tên xã: không thể ghép dòng này với đơn vị nào.', 'no gso code and no district or commune name: the row cannot be matched to any unit.');
    } else {
      const found = index.findByName(district, commune);
      if (found.length === 1) unit = found[0];
      else if (found.length === 0) {
        fail('commune', `không tìm thấy "${commune}" thuộc "${district}" (so khớp không dấu, không phân biệt hoa thường); hãy ghi mã gso.`, `cannot match "${commune}" in "${district}" (compared without diacritics or case); add the gso code.`);
      } else {
        fail('commune', `"${commune}" thuộc "${district}" khớp với nhiều đơn vị (${found.map((u) => u.fullName).join(', ')}); hãy ghi mã gso.`, `"${commune}" in "${district}" matches several units; add the gso code.`);
      }
    }
    if (unit && unit.type !== 'xa') {
      fail('gso', `${unit.fullName} (${unit.districtName}) là ${unit.type === 'phuong' ? 'phường' : 'thị trấn'}, không áp dụng bộ tiêu chí xã NTM: bỏ dòng này.`, `${unit.fullName} (${unit.districtName}) is a ${unit.type === 'phuong' ? 'ward' : 'town'}, not subject to the commune NTM criteria: remove the row.`);
    }

    // --- year ---
    const yearCell = get('year');
    const year = /^\d{4}$/.test(yearCell) ? Number(yearCell) : NaN;
    if (!years.includes(year)) {
      fail('year', `năm "${yearCell}" không hợp lệ: cần một năm từ ${years[0]} đến ${years[years.length - 1]}.`, `year "${yearCell}" is invalid: expected ${years[0]}–${years[years.length - 1]}.`);
    }

    // --- status ---
    const statusCell = get('status');
    const status = parseStatus(statusCell);
    if (status === undefined) {
      fail('status', `trạng thái không xác định "${statusCell}": dùng chua_dat, ntm, nang_cao, kieu_mau (hoặc "Chưa đạt", "Đạt chuẩn NTM", "NTM nâng cao", "NTM kiểu mẫu").`, `unknown status "${statusCell}": use chua_dat, ntm, nang_cao, kieu_mau (or the Vietnamese labels).`);
    }

    // --- booleans ---
    const boolOf = (name: string): boolean | null => {
      const v = parseBool(get(name));
      if (v === undefined) {
        fail(name, `giá trị "${get(name)}" không hợp lệ: cần 1 (đạt/có), 0 (không) hoặc để trống (chưa có số liệu).`, `value "${get(name)}" is invalid: expected 1 (met/yes), 0 (no) or blank (no data).`);
        return null;
      }
      return v;
    };
    const criteria = CRITERIA_COLUMNS.map(boolOf);
    const indicators = Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([c, id]) => [id, boolOf(c)])) as Record<IndicatorId, boolean | null>;
    const cooperative = boolOf('cooperative');
    const onlineService = boolOf('online_service');
    const onlineSurvey = boolOf('online_survey');

    // --- other fields ---
    const recCell = get('recognition_year');
    let recognitionYear: number | null = null;
    if (recCell !== '') {
      const ry = /^\d{4}$/.test(recCell) ? Number(recCell) : NaN;
      if (!(ry >= 1990 && ry <= 2030)) fail('recognition_year', `năm công nhận "${recCell}" không hợp lệ.`, `recognition year "${recCell}" is invalid.`);
      else if (Number.isFinite(year) && ry > year) fail('recognition_year', `năm công nhận ${ry} sau năm của dòng (${year}).`, `recognition year ${ry} is after the row's year (${year}).`);
      else recognitionYear = ry;
    }
    const csCell = get('criteria_set').replace(/[–—]/g, '-');
    let criteriaSet: AttainmentRow['criteriaSet'] = null;
    if (csCell === '2016-2020' || csCell === '2021-2025') criteriaSet = csCell;
    else if (csCell !== '') fail('criteria_set', `bộ tiêu chí "${get('criteria_set')}" không hợp lệ: cần 2016-2020, 2021-2025 hoặc để trống.`, `criteria set "${get('criteria_set')}" is invalid: expected 2016-2020, 2021-2025 or blank.`);
    const source = get('source');
    if (source === '') fail('source', 'thiếu nguồn: ghi địa chỉ (URL) hoặc số/ngày văn bản, hoặc "illustrative" nếu là số liệu minh họa.', 'missing source: give a URL or a document number/date, or "illustrative".');

    if (/^(VÍ DỤ|VI DU|EXAMPLE)(?![\p{L}\p{N}])/iu.test(get('note'))) {
      fail('note', 'dòng ví dụ từ tệp mẫu (attainment-template.csv): hãy xóa dòng này.', 'example row from the template (attainment-template.csv): delete it.');
    }

    // --- consistency ---
    if (status && status !== 'chua_dat') {
      const unmet = criteria.map((c, i) => (c === false ? `tc${i + 1}` : null)).filter((x): x is string => x != null);
      if (unmet.length > 0) {
        fail(unmet[0]!, `trạng thái "${STATUS_LABELS_VI[status]}" đòi hỏi đạt đủ 19 tiêu chí, nhưng chưa đạt: ${unmet.join(', ')}.`, `status "${status}" requires all 19 criteria, but these are not met: ${unmet.join(', ')}.`);
      }
    }
    if (status === 'chua_dat' && criteria.every((c) => c === true)) {
      warn('status', 'đạt đủ 19/19 tiêu chí nhưng trạng thái "Chưa đạt" (đang chờ công nhận?).', 'all 19 criteria met but status "chua_dat" (recognition pending?).');
    }
    if (criteria[7] === true) {
      const unmet8 = (['8.1', '8.2', '8.3', '8.4'] as const).filter((id) => indicators[id] === false);
      if (unmet8.length > 0) {
        const colName = `i${unmet8[0]!.replace('.', '_')}`;
        fail(colName, `tc8 = 1 (đạt tiêu chí 8) nhưng chưa đạt chỉ tiêu ${unmet8.join(', ')}: tiêu chí 8 đòi hỏi đạt cả 4 chỉ tiêu.`, `tc8 = 1 (criterion 8 met) but indicator ${unmet8.join(', ')} not met: criterion 8 requires all four.`);
      }
    }
    if ((status === 'nang_cao' || status === 'kieu_mau') && (indicators['nc8.4'] === false || indicators['nc15.2'] === false)) {
      warn('nc8_4', 'xã NTM nâng cao/kiểu mẫu nhưng ghi chưa đạt chỉ tiêu nâng cao 8.4 hoặc 15.2.', 'advanced/model commune recorded as not meeting advanced indicator 8.4 or 15.2.');
    }

    if (bad || !unit || status === undefined) continue;
    const key = `${unit.gso}|${year}`;
    const prev = firstLineOf.get(key);
    if (prev != null) {
      err('year', `trùng dòng: ${unit.fullName} (${unit.gso}) năm ${year} đã có ở dòng ${prev}.`, `duplicate commune-year: ${unit.fullName} (${unit.gso}) ${year} already at line ${prev}.`);
      continue;
    }
    firstLineOf.set(key, r.line);
    const row: AttainmentRow = {
      gso: unit.gso,
      year,
      status,
      criteria,
      indicators,
      cooperative,
      onlineService,
      onlineSurvey,
      recognitionYear,
      decision: get('decision') || null,
      criteriaSet,
      source,
      note: get('note') || null,
    };
    rows.push(row);
    rowLines.set(row, r.line);
  }

  // --- across years: statuses never go backwards without a note ---
  const byUnit = new Map<string, AttainmentRow[]>();
  for (const row of rows) byUnit.set(row.gso, [...(byUnit.get(row.gso) ?? []), row]);
  for (const list of byUnit.values()) {
    list.sort((a, b) => a.year - b.year);
    let last: AttainmentRow | null = null;
    for (const row of list) {
      if (row.status == null) continue;
      if (last?.status && statusRank(row.status) < statusRank(last.status) && !row.note) {
        issues.push(
          issue('error', file, rowLines.get(row) ?? null, 'status', `trạng thái lùi từ "${STATUS_LABELS_VI[last.status]}" (${last.year}) xuống "${STATUS_LABELS_VI[row.status]}" (${row.year}) mà không có ghi chú: ghi lý do (ví dụ quyết định thu hồi) vào cột note.`, `status goes back from "${last.status}" (${last.year}) to "${row.status}" (${row.year}) without a note: explain it (e.g. a revoking decision) in the note column.`),
        );
      }
      last = row;
    }
  }

  // --- coverage: nothing missing silently ---
  const presentYears = [...new Set(rows.map((r) => r.year))].sort();
  for (const y of presentYears) {
    const missing = index.xa.filter((u) => !firstLineOf.has(`${u.gso}|${y}`));
    if (missing.length > 0) {
      const names = missing.slice(0, 8).map((u) => `${u.name} (${u.gso})`).join(', ') + (missing.length > 8 ? ', …' : '');
      issues.push(issue('warning', file, null, null, `năm ${y}: ${missing.length} xã không có dòng (hiển thị "chưa có số liệu"): ${names}`, `year ${y}: ${missing.length} xã have no row (shown as "no data"): ${names}`));
    }
  }

  rows.sort((a, b) => (a.gso === b.gso ? a.year - b.year : a.gso < b.gso ? -1 : 1));
  return { rows, issues };
}
