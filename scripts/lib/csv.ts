// Reading an officer's CSV: encoding and delimiter checks, then parsing with line numbers.
import Papa from 'papaparse';
import { causeIssue, issue, type Issue } from './issues';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
}

export interface ParsedCsv {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
}

const SAVE_AS_VI = 'Hãy mở tệp trong Excel và chọn Lưu thành (Save As) → "CSV UTF-8 (Comma delimited) (*.csv)".';
const SAVE_AS_EN = 'Open the file in Excel and use Save As → "CSV UTF-8 (Comma delimited) (*.csv)".';

// UTF-8 text that was once decoded as Windows-1252/latin1 and re-encoded ("Ä‘" for "đ", "Ã´" for "ô", "á»" ...).
const MOJIBAKE = /(?:Ã|Ä|Æ|á»|áº)[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/;

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Decode bytes as UTF-8 (with or without BOM). UTF-16, invalid UTF-8 (Windows-1258, latin1) and mojibake are errors. */
export function decodeCsvBytes(bytes: Uint8Array, file: string): { text: string | null; issues: Issue[] } {
  const issues: Issue[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    issues.push(causeIssue('encoding',
      issue('error', file, null, null, `tệp được lưu bằng mã UTF-16 (Unicode), không phải UTF-8. ${SAVE_AS_VI}`, `the file is encoded as UTF-16 (Unicode text), not UTF-8. ${SAVE_AS_EN}`)),
    );
    return { text: null, issues };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const zeros = body.subarray(0, 200).filter((b) => b === 0).length;
  if (zeros > 0) {
    issues.push(causeIssue('encoding',
      issue('error', file, null, null, `tệp chứa byte 0: có thể là UTF-16 không có BOM. ${SAVE_AS_VI}`, `the file contains NUL bytes: probably UTF-16 without a BOM. ${SAVE_AS_EN}`)),
    );
    return { text: null, issues };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    let line = 1;
    const bad = firstInvalidUtf8(body);
    for (let i = 0; i < bad; i++) if (body[i] === 10) line++;
    issues.push(causeIssue('encoding',
      issue(
        'error',
        file,
        line,
        null,
        `tệp không phải UTF-8 (có thể là Windows-1258/TCVN3/latin1): chữ có dấu sẽ bị hỏng. ${SAVE_AS_VI}`,
        `the file is not valid UTF-8 (probably Windows-1258, TCVN3 or latin1): Vietnamese letters would be corrupted. ${SAVE_AS_EN}`,
      )),
    );
    return { text: null, issues };
  }
  const m = MOJIBAKE.exec(text);
  if (m) {
    const line = lineAtOffset(text, m.index);
    issues.push(causeIssue('encoding',
      issue(
        'error',
        file,
        line,
        null,
        `chữ có dấu bị lỗi mã hóa ("${m[0]}"…): tệp đã bị mở/lưu sai bảng mã. ${SAVE_AS_VI}`,
        `Vietnamese letters are garbled ("${m[0]}"…, mojibake): the file was opened or saved with the wrong encoding. ${SAVE_AS_EN}`,
      )),
    );
    return { text: null, issues };
  }
  return { text, issues };
}

/** Excel's separator hint: `sep=,` or `sep=;` alone on the first line (possibly quoted). */
const SEP_LINE = /^\s*"?sep=.?"?\s*,*\s*$/i;

/** Detect the delimiter of the header line; only comma is accepted. */
function checkDelimiter(headerLine: string, file: string, line: number): Issue | null {
  const commas = (headerLine.match(/,/g) ?? []).length;
  const semis = (headerLine.match(/;/g) ?? []).length;
  const tabs = (headerLine.match(/\t/g) ?? []).length;
  if (semis > commas) {
    return causeIssue('separator', issue(
      'error',
      file,
      line,
      null,
      `tệp dùng dấu chấm phẩy (;) làm dấu phân cách (kiểu xuất CSV của Excel theo thiết lập vùng Việt Nam/châu Âu); cần dấu phẩy (,). ${SAVE_AS_VI}`,
      `the file is semicolon-separated (an Excel export with a Vietnamese/European list separator); a comma (,) is expected. ${SAVE_AS_EN}`,
    ));
  }
  if (tabs > commas) {
    return causeIssue('separator', issue('error', file, line, null, `tệp dùng ký tự Tab làm dấu phân cách; cần dấu phẩy (,). ${SAVE_AS_VI}`, `the file is tab-separated; a comma (,) is expected. ${SAVE_AS_EN}`));
  }
  return null;
}

/** Parse decoded CSV text into a header and rows with their line numbers. Blank lines are skipped. */
export function parseCsvText(rawText: string, file: string): { csv: ParsedCsv | null; issues: Issue[] } {
  const issues: Issue[] = [];
  // One line ending: CR-only files (old Mac Excel "CSV (Macintosh)") or mixed endings would
  // otherwise be split by Papa on \r while line numbers count \n, so every row said "line 1".
  let text = rawText.replace(/\r\n?/g, '\n');
  let firstLineEnd = text.indexOf('\n');
  let headerText = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  let headerLineNo = 1;
  // Excel's "sep=," hint line (written by some exports, and by Excel when asked to keep the
  // separator): named once as the cause, then blanked so the header below it is read as the header
  // and the line numbers stay those of the file.
  const sep = SEP_LINE.exec(headerText);
  if (sep) {
    issues.push(
      causeIssue('sep-line', issue('error', file, 1, null,
        `dòng đầu "${headerText.trim()}" là dòng chỉ định dấu phân cách của Excel, không phải tiêu đề: hãy xóa dòng này (dòng tiêu đề gso,district,… phải là dòng đầu tiên). ${SAVE_AS_VI}`,
        `the first line "${headerText.trim()}" is Excel's separator hint, not the header: delete that line (the header gso,district,… must be the first line). ${SAVE_AS_EN}`)),
    );
    // Keep the newline that ended it: line 2 stays line 2.
    text = text.slice(firstLineEnd < 0 ? text.length : firstLineEnd);
    firstLineEnd = text.indexOf('\n', 1);
    headerText = firstLineEnd < 0 ? text.slice(1) : text.slice(1, firstLineEnd);
    headerLineNo = 2;
  }
  const delim = checkDelimiter(headerText, file, headerLineNo);
  if (delim) return { csv: null, issues: [...issues, delim] };

  // Newline offsets, to turn Papa's cursor into a line number.
  const newlines: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines.push(i);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const rows: CsvRow[] = [];
  let prevCursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    step: (res) => {
      // The row starts after the previous row's terminating newline.
      let start = prevCursor;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      const line = lineOf(start);
      prevCursor = res.meta.cursor;
      for (const e of res.errors) {
        issues.push(
          issue('error', file, line, null, `dòng không đọc được: ${e.message} (thiếu dấu ngoặc kép?)`, `unreadable line: ${e.message} (unbalanced quotes?)`),
        );
      }
      const fields = res.data.map((f) => f.trim());
      if (fields.every((f) => f === '')) return;
      rows.push({ line, fields });
    },
  });
  if (rows.length === 0) {
    issues.push(causeIssue('empty', issue('error', file, null, null, 'tệp trống: không có dòng tiêu đề.', 'the file is empty: no header line.')));
    return { csv: null, issues };
  }
  const [head, ...body] = rows;
  return { csv: { header: head!.fields, headerLine: head!.line, rows: body }, issues };
}

/** decode + parse. */
export function readCsv(bytes: Uint8Array, file: string): { csv: ParsedCsv | null; issues: Issue[] } {
  const dec = decodeCsvBytes(bytes, file);
  if (dec.text == null) return { csv: null, issues: dec.issues };
  const parsed = parseCsvText(dec.text, file);
  return { csv: parsed.csv, issues: [...dec.issues, ...parsed.issues] };
}
