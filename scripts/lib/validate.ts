// Validation of the attainment table (data/attainment.csv or NTM_ATTAINMENT) and its join to units.
import type { AttainmentRow, CatalogSummary, IndicatorId, NtmStatus } from '../../src/domain/types';
import { CRITERIA_COUNT, NTM_STATUSES, YEARS } from '../../src/domain/types';
import type { CodeEras } from './codeEras';
import { BASE_COLUMNS, CATALOG_COLUMN, catalogColumns, laterCatalogs, PLAN_COLUMNS } from './eraColumns';
import { checkLaterRow, formerUnit, joinToday, laterColumnsFilled, reusedCodeName } from './validateEras';
import type { ParsedCsv } from './csv';
import { BIDI_CONTROL, causeIssue, invisibleChars, issue, show, type Issue } from './issues';
import { normalizeDistrictName, normalizeName } from './normalize';
import { UnitIndex, type Unit } from './unitIndex';

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

/** What a table of 2026 on is checked against (the build: data/catalogs.json and the crosswalk;
 *  the desk: ntm.json's catalogs and public/data/codes.json). Without them only 2021–2025 rows pass. */
export interface EraContext {
  eras?: CodeEras | null;
  catalogs?: readonly CatalogSummary[];
}

export interface ValidateOptions extends EraContext {
  file: string;
  units: readonly Unit[];
  /** Called every few hundred rows (the desk's progress bar). */
  onProgress?: (done: number, total: number) => void;
}

// ---- Issue 16: rules on the text of every cell ------------------------------------------------

/** Free-text columns and their longest accepted value (characters). Every other column holds a code. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = { district: 100, commune: 100, decision: 300, source: 500, note: 2000 };
// Fast paths: plain ASCII needs no NFC, printable ASCII hides no invisible character.
const ASCII = /^[\u0000-\u007F]*$/;
const VISIBLE_ASCII = /^[\u0021-\u007E]*$/;
/** NUL, the other control characters but tab and line breaks, and bidirectional overrides: never in text. */
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// A document cited by number ("45/BC-UBND", "123/QĐ-TTg"), by URL, or by its kind and a number or date.
const DOC_NUMBER = /\d+\s*\/\s*\p{L}/u;
const DOC_KIND = /(?<![\p{L}\p{N}])(quyết định|quyet dinh|qđ|qd|báo cáo|bao cao|bc|công văn|cong van|cv|thông báo|thong bao|tb|nghị quyết|nghi quyet|nq|tờ trình|to trinh|kết luận|ket luan|decision|report)(?![\p{L}])[^\n]*\d/iu;

/** Does a note cite a decision or report (a status going down must say which)? */
export function citesDocument(note: string | null): boolean {
  if (!note) return false;
  return DOC_NUMBER.test(note) || /https?:\/\/\S/i.test(note) || DOC_KIND.test(note);
}

/** A value Excel made of a code: a date ("3/15/2023", "2023-03-15") or a number in scientific notation. */
function excelMangled(v: string): 'date' | 'number' | null {
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(v)) return 'date';
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(v)) return 'number';
  return null;
}

const fmt = (n: number) => n.toLocaleString('en');

/** The header's columns by name. Names are matched exactly; a name right but for its case is
 *  accepted for the row checks (so they do not all fail) and reported once by validateHeader. */
export function headerColumns(header: readonly string[], known: readonly string[] = ATTAINMENT_COLUMNS): Map<string, number> {
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    const c = h.trim();
    const name = known.includes(c) ? c : known.find((k) => k === c.toLowerCase());
    if (name && !col.has(name)) col.set(name, i);
    else if (!col.has(c)) col.set(c, i);
  });
  return col;
}

export interface ValidatedAttainment {
  rows: AttainmentRow[];
  issues: Issue[];
}

/** Every column a table may have: the 2021–2025 ones and each later catalog's. */
export function knownColumns(catalogs: readonly CatalogSummary[] = []): string[] {
  return [...ATTAINMENT_COLUMNS, ...laterCatalogs(catalogs).flatMap(catalogColumns)];
}

/**
 * Check the header: missing, unknown, duplicate columns; criterion numbers out of range. A table
 * has the base columns and the columns of at least one period: the 2021–2025 ones
 * (attainment-template.csv) or a later catalog's (attainment-2026-template.csv), or both; a
 * period whose columns are only partly there is reported column by column.
 */
export function validateHeader(header: readonly string[], file: string, line: number, catalogs: readonly CatalogSummary[] = []): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const wrongCase: string[] = [];
  const known = knownColumns(catalogs);
  const later = laterCatalogs(catalogs);
  for (const col of header) {
    let c = col.trim();
    const lower = c.toLowerCase();
    if (c !== lower && known.includes(lower)) {
      wrongCase.push(c);
      c = lower;
    }
    if (seen.has(c)) issues.push(issue('error', file, line, c, `cột "${show(c)}" bị lặp lại.`, `column "${show(c)}" appears twice.`));
    seen.add(c);
    const tc = /^tc(\d+)$/i.exec(c);
    const tcLater = CATALOG_COLUMN.exec(c);
    const laterCat = tcLater ? later.find((k) => k.from === Number(tcLater[1])) : undefined;
    if (tc && (Number(tc[1]) < 1 || Number(tc[1]) > CRITERIA_COUNT)) {
      issues.push(
        issue('error', file, line, c, `số tiêu chí ngoài phạm vi: "${c}" — bộ tiêu chí xã 2021–2025 có ${CRITERIA_COUNT} tiêu chí (tc1…tc${CRITERIA_COUNT}).`, `criterion number out of range: "${c}" — the 2021–2025 commune set has ${CRITERIA_COUNT} criteria (tc1…tc${CRITERIA_COUNT}).`),
      );
    } else if (laterCat && !known.includes(c)) {
      const n = laterCat.criteriaCount;
      issues.push(
        issue('error', file, line, c, `số tiêu chí ngoài phạm vi: "${c}" — bộ tiêu chí ${laterCat.id} có ${n} tiêu chí (tc${laterCat.from}_1…tc${laterCat.from}_${n}).`, `criterion number out of range: "${c}" — the ${laterCat.id} catalog has ${n} criteria (tc${laterCat.from}_1…tc${laterCat.from}_${n}).`),
      );
    } else if (!known.includes(c)) {
      issues.push(issue('error', file, line, c, `cột không xác định "${show(c)}". Các cột hợp lệ: xem data/README.md.`, `unknown column "${show(c)}". See data/README.md for the valid columns.`));
    }
  }
  if (wrongCase.length > 0) {
    const list = wrongCase.slice(0, 6).map((c) => `"${show(c)}"`).join(', ') + (wrongCase.length > 6 ? ', …' : '');
    issues.push(
      causeIssue('header-case', issue('error', file, line, null,
        `tên cột viết hoa (${list}): tên cột phải viết thường đúng như tệp mẫu (gso, district, commune, year, status, tc1…). Hãy sửa dòng tiêu đề.`,
        `column names in upper case (${list}): they must be lower case exactly as in the template (gso, district, commune, year, status, tc1…). Fix the header line.`)),
    );
  }
  // Which periods the table covers: the 2021–2025 one unless it has only later columns.
  const laterPresent = later.filter((k) => catalogColumns(k).some((c) => seen.has(c)));
  const planPresent = PLAN_COLUMNS.some((c) => seen.has(c)) || laterPresent.length === 0;
  const required = [
    ...BASE_COLUMNS.filter((c) => c !== 'district' || planPresent),
    ...(planPresent ? PLAN_COLUMNS : []),
    ...laterPresent.flatMap(catalogColumns),
  ];
  for (const col of known.filter((c) => required.includes(c))) {
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
  const catalogs = [...(opts.catalogs ?? [])].sort((a, b) => a.from - b.from);
  const later = laterCatalogs(catalogs);
  const known = knownColumns(catalogs);
  const issues: Issue[] = validateHeader(csv.header, file, csv.headerLine, catalogs);
  const index = new UnitIndex(opts.units);
  const col = headerColumns(csv.header, known);
  const rows: AttainmentRow[] = [];
  const rowLines = new Map<AttainmentRow, number>();
  const firstLineOf = new Map<string, number>();
  // The years of the catalogs (2021–2030), or the plan's years when none is given.
  const years: readonly number[] = catalogs.length ? catalogs.flatMap((c) => Array.from({ length: c.to - c.from + 1 }, (_, i) => c.from + i)) : YEARS;
  if (csv.rows.length === 0) {
    issues.push(causeIssue('empty', issue('error', file, csv.headerLine, null, 'bảng không có dòng dữ liệu nào (chỉ có dòng tiêu đề): không có gì để công bố.', 'the table has no data rows (only the header): there is nothing to publish.')));
  }
  const PROGRESS_EVERY = 250;

  for (const [n, r] of csv.rows.entries()) {
    if (opts.onProgress && n % PROGRESS_EVERY === 0) opts.onProgress(n, csv.rows.length);
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
    // Every cell in Unicode NFC (one spelling for "ộ", whatever the keyboard or the program wrote),
    // normalised once per row (10,000 rows: the desk's worker checks them while the officer waits).
    const cells = r.fields.map((f) => (ASCII.test(f) ? f : f.normalize('NFC')).trim());
    const get = (name: string): string => {
      const i = col.get(name);
      return i == null ? '' : (cells[i] ?? '');
    };
    let bad = false;
    // One error per field: a cell already reported (e.g. for a hidden character) is not reported again.
    const reported = new Set<string>();
    const fail = (field: string, vi: string, en: string) => {
      if (!reported.has(field)) err(field, vi, en);
      reported.add(field);
      bad = true;
    };

    // --- the text of every cell ---
    for (const name of known) {
      const v = get(name);
      if (v === '') continue;
      const limit = TEXT_LIMITS[name];
      if (limit == null) {
        if (VISIBLE_ASCII.test(v)) continue; // the usual code: nothing hidden in it
        const hidden = invisibleChars(v);
        if (hidden.length > 0) {
          fail(name, `"${show(v)}" chứa ký tự ẩn ${hidden.join(', ')}: mã và giá trị chỉ gồm chữ và số nhìn thấy được. Hãy gõ lại ô này.`, `"${show(v)}" contains the invisible character(s) ${hidden.join(', ')}: codes and values hold visible letters and digits only. Retype the cell.`);
        }
        continue;
      }
      const ctl = ASCII.test(v) && !FORBIDDEN_IN_TEXT.test(v) ? null : FORBIDDEN_IN_TEXT.exec(v) ?? BIDI_CONTROL.exec(v);
      if (ctl) {
        const cp = `U+${ctl[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        const what = ctl[0] === '\u0000' ? 'NUL' : BIDI_CONTROL.test(ctl[0]) ? 'đảo chiều văn bản / bidirectional override' : 'điều khiển / control';
        fail(name, `văn bản "${show(v)}" chứa ký tự ${what} ${cp}, không được phép (có thể làm sai lệch nội dung hiển thị). Hãy gõ lại ô này.`, `text "${show(v)}" contains the ${what.split(' / ').pop()} character ${cp}, which is not allowed (it can disguise what is shown). Retype the cell.`);
      } else if (v.length > limit) {
        fail(name, `văn bản dài ${fmt(v.length)} ký tự, quá giới hạn ${fmt(limit)} ký tự của cột "${name}": hãy rút gọn (chi tiết để ở văn bản gốc, ghi số văn bản).`, `text is ${fmt(v.length)} characters long, over the ${fmt(limit)}-character limit of column "${name}": shorten it (keep the detail in the source document and cite its number).`);
      }
    }

    // --- year, and the catalog that holds for it ---
    const yearCell = get('year');
    const year = /^\d{4}$/.test(yearCell) ? Number(yearCell) : NaN;
    if (!years.includes(year)) {
      fail('year', `năm "${show(yearCell)}" không hợp lệ: cần một năm từ ${years[0]} đến ${years[years.length - 1]}.`, `year "${show(yearCell)}" is invalid: expected ${years[0]}–${years[years.length - 1]}.`);
    }
    // A year of a later catalog (2026 on): today's units and the catalog's own columns.
    const laterCat = later.find((c) => c.from <= year && year <= c.to);

    // --- join ---
    const gso = get('gso');
    const district = get('district');
    const commune = get('commune');
    let unit: Unit | undefined;
    if (laterCat) {
      if (!reported.has('gso')) unit = joinToday(opts.eras, laterCat, gso, commune, district, year, fail);
    } else if (gso !== '') {
      const mangled = excelMangled(gso);
      if (reported.has('gso')) {
        /* a hidden character, reported above */
      } else if (mangled) {
        const e = mangled === 'date'
          ? issue('error', file, r.line, 'gso', `mã "${show(gso)}" là một ngày tháng: Excel đã đổi mã xã thành ngày. Hãy định dạng cột gso là Văn bản (Text) và gõ lại mã 5 chữ số.`, `code "${show(gso)}" is a date: Excel turned the commune code into a date. Format the gso column as Text and retype the 5-digit code.`)
          : issue('error', file, r.line, 'gso', `mã "${show(gso)}" đã bị Excel đổi thành số dạng khoa học: hãy định dạng cột gso là Văn bản (Text) và gõ lại mã 5 chữ số.`, `code "${show(gso)}" was turned into a number in scientific notation by Excel: format the gso column as Text and retype the 5-digit code.`);
        issues.push(causeIssue('date-in-code', e));
        reported.add('gso');
        bad = true;
      } else if (!/^\d{5}$/.test(gso)) {
        fail('gso', `mã "${show(gso)}" không đúng dạng: cần 5 chữ số (mã xã của Tổng cục Thống kê).`, `code "${show(gso)}" is malformed: expected 5 digits (GSO commune code).`);
      } else {
        // Old Lâm Đồng's units, then the former Đắk Nông and Bình Thuận ones (accepted up to 2025).
        unit = index.byCode.get(gso) ?? formerUnit(opts.eras, gso);
        if (!unit) fail('gso', `mã "${show(gso)}" không có trong danh sách đơn vị hành chính của tỉnh.`, `unknown GSO code "${show(gso)}": not a unit of the province.`);
      }
      const reused = unit && commune !== '' && !UnitIndex.nameMatches(unit, commune) && Number.isFinite(year) ? reusedCodeName(opts.eras, unit, commune, year) : null;
      if (reused) fail('commune', reused.vi, reused.en);
      if (unit && commune !== '' && !UnitIndex.nameMatches(unit, commune)) {
        fail('commune', `tên "${show(commune)}" không khớp với mã ${gso}: mã này là ${unit.fullName} (${unit.districtName}).`, `name "${show(commune)}" does not match code ${gso}: that code is ${unit.fullName} (${unit.districtName}).`);
      }
      if (unit && district !== '' && normalizeDistrictName(district) !== normalizeDistrictName(unit.districtName)) {
        fail('district', `huyện "${show(district)}" không khớp với mã ${gso}: xã này thuộc ${unit.districtName}.`, `district "${show(district)}" does not match code ${gso}: that unit is in ${unit.districtName}.`);
      }
    } else if (commune === '' || district === '') {
      fail('gso', 'không có mã gso và thiếu tên huyện hoặc tên xã: không thể ghép dòng này với đơn vị nào.', 'no gso code and no district or commune name: the row cannot be matched to any unit.');
    } else {
      const found = index.findByName(district, commune);
      if (found.length === 1) unit = found[0];
      else if (found.length === 0) {
        fail('commune', `không tìm thấy "${show(commune)}" thuộc "${show(district)}" (so khớp không dấu, không phân biệt hoa thường); hãy ghi mã gso.`, `cannot match "${show(commune)}" in "${show(district)}" (compared without diacritics or case); add the gso code.`);
      } else {
        fail('commune', `"${show(commune)}" thuộc "${show(district)}" khớp với nhiều đơn vị (${found.map((u) => u.fullName).join(', ')}); hãy ghi mã gso.`, `"${show(commune)}" in "${show(district)}" matches several units; add the gso code.`);
      }
    }
    if (unit && unit.type !== 'xa' && !laterCat) {
      fail('gso', `${unit.fullName} (${unit.districtName}) là ${unit.type === 'phuong' ? 'phường' : 'thị trấn'}, không áp dụng bộ tiêu chí xã NTM: bỏ dòng này.`, `${unit.fullName} (${unit.districtName}) is a ${unit.type === 'phuong' ? 'ward' : 'town'}, not subject to the commune NTM criteria: remove the row.`);
    }

    // --- status ---
    const statusCell = get('status');
    const status = parseStatus(statusCell);
    if (status && laterCat && !laterCat.statuses.includes(status)) {
      fail('status', `trạng thái "${STATUS_LABELS_VI[status]}" không có trong bộ tiêu chí ${laterCat.id}: dòng năm ${year} chỉ ghi ${laterCat.statuses.map((x) => x).join(' hoặc ')} (bộ ${laterCat.id} không có hạng NTM nâng cao hay kiểu mẫu).`, `status "${status}" does not exist in the ${laterCat.id} catalog: a ${year} row takes ${laterCat.statuses.join(' or ')} only (the ${laterCat.id} catalog has no advanced or model class).`);
    }
    if (status === undefined) {
      fail('status', `trạng thái không xác định "${show(statusCell)}": dùng chua_dat, ntm, nang_cao, kieu_mau (hoặc "Chưa đạt", "Đạt chuẩn NTM", "NTM nâng cao", "NTM kiểu mẫu").`, `unknown status "${show(statusCell)}": use chua_dat, ntm, nang_cao, kieu_mau (or the Vietnamese labels).`);
    }

    // --- booleans ---
    const boolOf = (name: string): boolean | null => {
      const v = parseBool(get(name));
      if (v === undefined) {
        fail(name, `giá trị "${show(get(name))}" không hợp lệ: cần 1 (đạt/có), 0 (không) hoặc để trống (chưa có số liệu).`, `value "${show(get(name))}" is invalid: expected 1 (met/yes), 0 (no) or blank (no data).`);
        return null;
      }
      return v;
    };
    // Each period's own columns: a 2026 row with tc11 or i8_2 filled, or a 2024 row with
    // tc2026_3 filled, is an error (the two sets number different criteria).
    if (laterCat) checkLaterRow(laterCat, year, get, fail);
    else laterColumnsFilled(later, year, get, fail);
    const criteriaCols = laterCat ? catalogColumns(laterCat) : CRITERIA_COLUMNS;
    const criteria = criteriaCols.map(boolOf);
    const none = () => null;
    const indicators = Object.fromEntries(Object.entries(INDICATOR_COLUMNS).map(([c, id]) => [id, laterCat ? none() : boolOf(c)])) as Record<IndicatorId, boolean | null>;
    const cooperative = laterCat ? null : boolOf('cooperative');
    const onlineService = laterCat ? null : boolOf('online_service');
    const onlineSurvey = laterCat ? null : boolOf('online_survey');

    // --- other fields ---
    const recCell = get('recognition_year');
    let recognitionYear: number | null = null;
    if (recCell !== '') {
      const ry = /^\d{4}$/.test(recCell) ? Number(recCell) : NaN;
      if (!(ry >= 1990 && ry <= 2030)) fail('recognition_year', `năm công nhận "${show(recCell)}" không hợp lệ.`, `recognition year "${show(recCell)}" is invalid.`);
      else if (Number.isFinite(year) && ry > year) fail('recognition_year', `năm công nhận ${ry} sau năm của dòng (${year}).`, `recognition year ${ry} is after the row's year (${year}).`);
      else recognitionYear = ry;
    }
    const csCell = get('criteria_set').replace(/[–—]/g, '-');
    let criteriaSet: AttainmentRow['criteriaSet'] = null;
    if (laterCat) {
      // A row of a later period is assessed under that period's catalog, whatever the cell says.
      if (csCell !== '' && csCell !== laterCat.id) fail('criteria_set', `dòng năm ${year} theo bộ tiêu chí ${laterCat.id}, nhưng cột criteria_set ghi "${show(get('criteria_set'))}": ghi ${laterCat.id} hoặc để trống.`, `a ${year} row is assessed under the ${laterCat.id} catalog, but criteria_set says "${show(get('criteria_set'))}": write ${laterCat.id} or leave it blank.`);
      criteriaSet = laterCat.id as AttainmentRow['criteriaSet'];
    } else if (csCell === '2016-2020' || csCell === '2021-2025') criteriaSet = csCell;
    else if (csCell !== '') fail('criteria_set', `bộ tiêu chí "${show(get('criteria_set'))}" không hợp lệ: cần 2016-2020, 2021-2025 hoặc để trống.`, `criteria set "${show(get('criteria_set'))}" is invalid: expected 2016-2020, 2021-2025 or blank.`);
    const source = get('source');
    if (source === '') fail('source', 'thiếu nguồn: ghi địa chỉ (URL) hoặc số/ngày văn bản, hoặc "illustrative" nếu là số liệu minh họa.', 'missing source: give a URL or a document number/date, or "illustrative".');

    if (/^(VÍ DỤ|VI DU|EXAMPLE)(?![\p{L}\p{N}])/iu.test(get('note'))) {
      fail('note', 'dòng ví dụ từ tệp mẫu (attainment-template.csv): hãy xóa dòng này.', 'example row from the template (attainment-template.csv): delete it.');
    }

    // --- consistency ---
    if (status && status !== 'chua_dat') {
      const unmet = criteria.map((c, i) => (c === false ? criteriaCols[i]! : null)).filter((x): x is string => x != null);
      if (unmet.length > 0) {
        fail(unmet[0]!, `trạng thái "${STATUS_LABELS_VI[status]}" đòi hỏi đạt đủ ${criteria.length} tiêu chí, nhưng chưa đạt: ${unmet.join(', ')}.`, `status "${status}" requires all ${criteria.length} criteria, but these are not met: ${unmet.join(', ')}.`);
      }
    }
    if (status === 'chua_dat' && criteria.every((c) => c === true)) {
      warn('status', `đạt đủ ${criteria.length}/${criteria.length} tiêu chí nhưng trạng thái "Chưa đạt" (đang chờ công nhận?).`, `all ${criteria.length} criteria met but status "chua_dat" (recognition pending?).`);
    }
    if (!laterCat && criteria[7] === true) {
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
      } else if (last?.status && statusRank(row.status) < statusRank(last.status) && !citesDocument(row.note)) {
        // Issue 16: "." or "lùi" is no explanation: the note must say which decision or report.
        issues.push(
          issue('error', file, rowLines.get(row) ?? null, 'note', `trạng thái lùi từ "${STATUS_LABELS_VI[last.status]}" (${last.year}) xuống "${STATUS_LABELS_VI[row.status]}" (${row.year}) nhưng ghi chú "${show(row.note ?? '')}" không dẫn quyết định hay báo cáo nào: ghi số và ngày văn bản, ví dụ "QĐ 123/QĐ-UBND ngày 5/3/2025 thu hồi công nhận".`, `status goes back from "${last.status}" (${last.year}) to "${row.status}" (${row.year}) but the note "${show(row.note ?? '')}" cites no decision or report: give the document's number and date, e.g. "QĐ 123/QĐ-UBND ngày 5/3/2025 thu hồi công nhận".`),
        );
      }
      last = row;
    }
  }

  // --- coverage: nothing missing silently ---
  const presentYears = [...new Set(rows.map((r) => r.year))].sort();
  const todayXa = opts.eras ? [...opts.eras.today.values()].filter((t) => t.type === 'xa').map((t) => ({ gso: t.code, name: t.name })) : [];
  for (const y of presentYears) {
    // Up to 2025 the plan's 111 xã; from 2026 today's xã (the former provinces' old units have no project data yet).
    const subjects = later.some((c) => c.from <= y && y <= c.to) ? todayXa : index.xa;
    const missing = subjects.filter((u) => !firstLineOf.has(`${u.gso}|${y}`));
    if (missing.length > 0) {
      const names = missing.slice(0, 8).map((u) => `${u.name} (${u.gso})`).join(', ') + (missing.length > 8 ? ', …' : '');
      issues.push(issue('warning', file, null, null, `năm ${y}: ${missing.length} xã không có dòng (hiển thị "chưa có số liệu"): ${names}`, `year ${y}: ${missing.length} xã have no row (shown as "no data"): ${names}`));
    }
  }

  rows.sort((a, b) => (a.gso === b.gso ? a.year - b.year : a.gso < b.gso ? -1 : 1));
  opts.onProgress?.(csv.rows.length, csv.rows.length);
  return { rows, issues };
}
