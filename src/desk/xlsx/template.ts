// The Excel template of the results table, built from the dataset it will be checked against:
// one row per xã and year (src/desk/slots.ts), codes, names and years fixed (grey, locked: the
// sheet is protected without a password), status as a drop-down list, criteria and indicators as
// 1/0 lists, years and text lengths validated, a Vietnamese note on every header cell, and a
// "Hướng dẫn" (instructions) sheet. Optionally prefilled with the published values.
import { ATTAINMENT_COLUMNS, CRITERIA_COLUMNS, INDICATOR_COLUMNS, STATUS_LABELS_VI, TEXT_LIMITS } from '../../../scripts/lib/validate';
import type { AttainmentRow, NtmDataset } from '../../domain/types';
import { tableSlots } from '../slots';
import { colLetter } from './cells';
import { STYLE, writeXlsx, type Cell, type Sheet, type Validation } from './ooxml';

export const TEMPLATE_SHEET = 'Kết quả';
export const GUIDE_SHEET = 'Hướng dẫn';
const FIXED = new Set(['gso', 'district', 'commune', 'year']);
const BOOL_COLUMNS = new Set([...CRITERIA_COLUMNS, ...Object.keys(INDICATOR_COLUMNS), 'cooperative', 'online_service', 'online_survey']);
const STATUS_LIST = Object.values(STATUS_LABELS_VI);

function criterionName(ds: NtmDataset, setId: string, no: number): string {
  return ds.criteriaSets.find((s) => s.id === setId)?.criteria.find((c) => c.no === no)?.vi ?? '';
}

function indicatorName(ds: NtmDataset, id: string): string {
  for (const s of ds.criteriaSets) for (const c of s.criteria) for (const i of c.indicators) if (i.id === id) return i.vi;
  return '';
}

/** The note on each header cell (Vietnamese: the template is for the province's officers). */
function headerNote(ds: NtmDataset, col: string): string {
  const yes = '1 = đạt, 0 = chưa đạt, để trống = chưa có số liệu.';
  const tc = /^tc(\d+)$/.exec(col);
  if (tc) return `Tiêu chí ${tc[1]}: ${criterionName(ds, 'commune_ntm', Number(tc[1]))}. ${yes}`;
  const ind = INDICATOR_COLUMNS[col];
  if (ind) return `Chỉ tiêu ${ind.replace(/^nc/, '')}${ind.startsWith('nc') ? ' (bộ tiêu chí xã NTM nâng cao)' : ''}: ${indicatorName(ds, ind)}. ${yes}`;
  const notes: Record<string, string> = {
    gso: 'Mã xã của Tổng cục Thống kê (5 chữ số). Cố định: không sửa, không xóa dòng.',
    district: 'Tên huyện/thành phố. Cố định.',
    commune: 'Tên xã. Cố định.',
    year: 'Năm của số liệu. Cố định.',
    status: `Trạng thái NTM của xã trong năm: chọn trong danh sách (${STATUS_LIST.join('; ')}). Để trống = chưa có số liệu. Đạt chuẩn trở lên đòi hỏi đạt đủ 19 tiêu chí.`,
    cooperative: 'Xã có hợp tác xã hoạt động hiệu quả: 1 = có, 0 = không, để trống = chưa có số liệu.',
    online_service: 'Xã cung cấp dịch vụ công thiết yếu trực tuyến: 1 = có, 0 = không.',
    online_survey: 'Xã có khảo sát sự hài lòng trực tuyến: 1 = có, 0 = không.',
    recognition_year: 'Năm xã được công nhận đạt trạng thái hiện tại (nếu biết), ví dụ 2019.',
    decision: `Số quyết định công nhận (nếu có), ví dụ 123/QĐ-UBND ngày 5/3/2024. Tối đa ${TEXT_LIMITS.decision} ký tự.`,
    criteria_set: 'Bộ tiêu chí của trạng thái: 2016-2020 hoặc 2021-2025.',
    source: `Bắt buộc: nguồn của dòng, địa chỉ trang (URL) hoặc số và ngày văn bản (ví dụ Báo cáo 45/BC-UBND ngày 10/3/2025). Tối đa ${TEXT_LIMITS.source} ký tự.`,
    note: `Ghi chú. Nếu trạng thái thấp hơn năm trước, bắt buộc ghi quyết định hoặc báo cáo (số, ngày). Tối đa ${TEXT_LIMITS.note} ký tự.`,
  };
  return notes[col] ?? '';
}

function valueCells(r: AttainmentRow | undefined): Record<string, string | number | null> {
  if (!r) return {};
  const b = (v: boolean | null | undefined) => (v === true ? 1 : v === false ? 0 : null);
  const out: Record<string, string | number | null> = {
    status: r.status ? STATUS_LABELS_VI[r.status] : null,
    cooperative: b(r.cooperative),
    online_service: b(r.onlineService),
    online_survey: b(r.onlineSurvey),
    recognition_year: r.recognitionYear,
    decision: r.decision,
    criteria_set: r.criteriaSet,
    source: r.source,
    note: r.note,
  };
  CRITERIA_COLUMNS.forEach((c, i) => (out[c] = b(r.criteria[i])));
  for (const [c, id] of Object.entries(INDICATOR_COLUMNS)) out[c] = b(r.indicators[id]);
  return out;
}

const GUIDE: readonly string[] = [
  'Bảng kết quả Nông thôn mới theo từng xã, từng năm',
  '',
  'Cách điền:',
  '1. Mỗi dòng là một xã trong một năm. Các cột mã (gso), huyện, xã và năm có nền xám và đã khóa: không sửa, không xóa dòng.',
  '2. Cột trạng thái (status): chọn trong danh sách. Các cột tiêu chí (tc1…tc19) và chỉ tiêu: chọn 1 (đạt) hoặc 0 (chưa đạt); để trống nếu chưa có số liệu.',
  '3. Cột nguồn (source) là bắt buộc: địa chỉ trang (URL) hoặc số và ngày văn bản. Số liệu minh họa ghi "illustrative".',
  '4. Trạng thái thấp hơn năm trước: ghi quyết định hoặc báo cáo (số, ngày) vào cột ghi chú (note).',
  '5. Di chuột lên ô tiêu đề để xem ghi chú của từng cột.',
  '6. Lưu tệp (.xlsx), rồi mở "Bàn dữ liệu" của bản đồ và chọn tệp để kiểm tra. Tệp không rời khỏi máy tính của bạn.',
  '',
  'Trang tính được bảo vệ không mật khẩu, chỉ để tránh sửa nhầm các cột cố định (Review › Unprotect Sheet nếu thật cần).',
  'Bàn dữ liệu đọc giá trị Excel đã lưu của ô có công thức (không tự tính), báo ô gộp và trang tính bị ẩn.',
  '',
  'English: one row per xã and year. Codes, names and years are fixed (grey, locked). Choose the status from the list, 1/0 for criteria and indicators, blank for no data; the source is required; a status lower than the year before needs a note citing a decision or report. Save as .xlsx and check it in the map\'s data desk: the file never leaves your computer.',
];

/** The template workbook as .xlsx bytes. */
export function templateXlsx(ds: NtmDataset, withValues: boolean): Uint8Array {
  const byKey = new Map(ds.attainment.map((r) => [`${r.gso}|${r.year}`, r]));
  const slots = tableSlots(ds);
  const header: Cell[] = ATTAINMENT_COLUMNS.map((c) => ({ v: c, s: STYLE.header }));
  const rows: Cell[][] = [header];
  for (const s of slots) {
    const values = withValues ? valueCells(byKey.get(`${s.unit.gso}|${s.year}`)) : {};
    rows.push(
      ATTAINMENT_COLUMNS.map((c): Cell => {
        if (c === 'gso') return { v: s.unit.gso, s: STYLE.fixedText };
        if (c === 'district') return { v: s.district, s: STYLE.fixedText };
        if (c === 'commune') return { v: s.unit.name, s: STYLE.fixedText };
        if (c === 'year') return { v: s.year, s: STYLE.fixedNumber };
        const v = values[c] ?? null;
        return { v, s: typeof v === 'number' || BOOL_COLUMNS.has(c) || c === 'recognition_year' ? STYLE.edit : STYLE.editText };
      }),
    );
  }
  const last = slots.length + 1;
  const col = (name: string) => colLetter(ATTAINMENT_COLUMNS.indexOf(name));
  const range = (names: readonly string[]) => names.map((n) => `${col(n)}2:${col(n)}${last}`).join(' ');
  const validations: Validation[] = [
    { sqref: range(['status']), type: 'list', values: STATUS_LIST, promptTitle: 'Trạng thái NTM', prompt: 'Chọn trong danh sách; để trống nếu chưa có số liệu.', errorTitle: 'Trạng thái', error: 'Chọn một giá trị trong danh sách.' },
    { sqref: range([...BOOL_COLUMNS]), type: 'list', values: ['1', '0'], prompt: '1 = đạt / có, 0 = chưa đạt / không, để trống = chưa có số liệu.', errorTitle: 'Giá trị 1/0', error: 'Chỉ nhập 1, 0 hoặc để trống.' },
    { sqref: range(['recognition_year']), type: 'whole', values: [1990, 2030], errorTitle: 'Năm công nhận', error: 'Một năm từ 1990 đến 2030.' },
    { sqref: range(['criteria_set']), type: 'list', values: ['2016-2020', '2021-2025'] },
    ...(['decision', 'source', 'note'] as const).map((c): Validation => ({ sqref: range([c]), type: 'textLength', values: [0, TEXT_LIMITS[c]!], errorTitle: 'Quá dài', error: `Tối đa ${TEXT_LIMITS[c]} ký tự.` })),
  ];
  const notes = Object.fromEntries(ATTAINMENT_COLUMNS.map((c, i) => [`${colLetter(i)}1`, headerNote(ds, c)]).filter(([, t]) => t));
  const widths = ATTAINMENT_COLUMNS.map((c) => (c === 'district' || c === 'commune' ? 16 : c === 'source' || c === 'note' ? 40 : c === 'decision' ? 22 : c === 'status' ? 16 : FIXED.has(c) ? 8 : c === 'recognition_year' || c === 'criteria_set' ? 12 : 6));
  const data: Sheet = { name: TEMPLATE_SHEET, rows, widths, freeze: { rows: 1, cols: 4 }, validations, protect: true, notes };
  const guide: Sheet = { name: GUIDE_SHEET, rows: GUIDE.map((line, i) => [{ v: line, s: i === 0 ? STYLE.bold : STYLE.wrap }]), widths: [120] };
  return writeXlsx([data, guide], 'Bản đồ số NTM Lâm Đồng');
}
