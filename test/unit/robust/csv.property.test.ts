// @vitest-environment node
// Property-based tests of the attainment CSV reader and validator (scripts/lib/csv.ts, validate.ts):
// thousands of random and hostile inputs. Nothing throws; every problem comes back as an Issue
// (data, with file and line); every row either becomes data or has an error on its own line;
// text from the file is kept verbatim as plain strings (the UI renders it as text, never HTML).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsvText, readCsv, type ParsedCsv } from '../../../scripts/lib/csv';
import { errorsOf, type Issue } from '../../../scripts/lib/issues';
import { ATTAINMENT_COLUMNS, parseStatus, TEXT_LIMITS, validateAttainment } from '../../../scripts/lib/validate';
import { NTM_STATUSES, YEARS } from '../../../src/domain/types';
import { realUnits } from '../data/helpers';

const FILE = 'prop/attainment.csv';
const enc = new TextEncoder();

/** Strings that have broken parsers and pages before. */
const HOSTILE = [
  '<script>window.__pwned=1</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '<b>x</b>',
  '=HYPERLINK("http://x")', '=cmd|calc!A1', '+1', '-1', '@SUM(A1)', '\u0000', '%00', '\u202e', '\ufeff',
  '\r', '\n', '\r\n', '"', '""', '"unterminated', ',', ';', '\t', '__proto__', 'constructor', 'toString',
  'NaN', 'Infinity', '1e308', '9'.repeat(400), 'Ka Đô', 'Ä‘', 'Ã´', '🙂', '𝕏', 'x'.repeat(5000),
];

const arbHostile = fc.constantFrom(...HOSTILE);
const arbCell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 2, arbitrary: arbHostile },
  { weight: 1, arbitrary: fc.constantFrom('', '0', '1', '2021', '2025', 'ntm', 'chua_dat', '24943', 'illustrative') },
);

function quote(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}
function toCsv(rows: string[][], sep = '\n'): string {
  return rows.map((r) => r.map(quote).join(',')).join(sep);
}

function assertIssuesAreData(issues: readonly Issue[], maxLine: number): void {
  for (const i of issues) {
    expect(i.level === 'error' || i.level === 'warning').toBe(true);
    expect(i.file).toBe(FILE);
    if (i.line !== null) {
      expect(Number.isInteger(i.line)).toBe(true);
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.line).toBeLessThanOrEqual(maxLine);
    }
    expect(typeof i.vi).toBe('string');
    expect(typeof i.en).toBe('string');
    expect(i.vi.length).toBeGreaterThan(0);
    expect(i.en.length).toBeGreaterThan(0);
  }
}

// Lines as the reader counts them: CR, LF and CRLF each end one (a CR-only file is old Mac Excel's).
const lineCount = (text: string) => text.split(/\r\n?|\n/).length + 1;

describe('decodeCsvBytes / readCsv: arbitrary bytes', () => {
  it('never throws; no text means at least one error with the file name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const dec = decodeCsvBytes(bytes, FILE);
        if (dec.text === null) expect(errorsOf(dec.issues).length).toBeGreaterThan(0);
        const r = readCsv(bytes, FILE);
        if (r.csv === null) expect(errorsOf(r.issues).length).toBeGreaterThan(0);
        assertIssuesAreData(r.issues, Number.MAX_SAFE_INTEGER);
      }),
      { numRuns: 2000 },
    );
  });

  it('valid UTF-8 text (with or without BOM) decodes to exactly the same string unless it is mojibake', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, bom) => {
        fc.pre(!text.includes('\u0000') && !text.startsWith('\ufeff'));
        const bytes = enc.encode(text);
        const withBom = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        // UTF-16 BOM look-alikes cannot come from valid UTF-8 text, so only mojibake is refused.
        const dec = decodeCsvBytes(withBom, FILE);
        if (dec.text !== null) expect(dec.text).toBe(text);
        else expect(errorsOf(dec.issues)[0]!.en).toMatch(/garbled|mojibake/);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('parseCsvText: random and hostile text', () => {
  it('CR-only and mixed line endings give the same line numbers as LF (regression: every row said line 1)', () => {
    for (const sep of ['\r', '\r\n', '\n']) {
      const r = parseCsvText(['a,b', '1,2', '', '3,4'].join(sep), FILE);
      expect(r.csv!.rows.map((x) => x.line)).toEqual([2, 4]);
    }
  });

  it('never throws on arbitrary strings; issues carry file and a line inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.array(fc.oneof(arbCell, fc.constantFrom('"', '\n', '\r\n', ',', '""')), { maxLength: 6 }), { maxLength: 8 })
            .map((rows) => rows.map((r) => r.join(',')).join('\n')),
        ),
        (text) => {
          const r = parseCsvText(text, FILE);
          assertIssuesAreData(r.issues, lineCount(text));
          if (r.csv) {
            for (const row of r.csv.rows) {
              expect(row.line).toBeGreaterThan(r.csv.headerLine);
              for (const f of row.fields) expect(typeof f).toBe('string');
            }
          } else {
            expect(errorsOf(r.issues).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: Number(process.env.NRUNS ?? 2000) },
    );
  });

  it('quoted cells come back verbatim (trimmed), markup included: the reader never interprets text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbCell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (body, sep) => {
          const rows = [['a', 'b', 'c'], ...body];
          // A row of only blank cells is skipped like a blank line: keep one visible cell.
          const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
          const r = parseCsvText(toCsv(rows, sep), FILE);
          expect(errorsOf(r.issues)).toEqual([]);
          expect(r.csv).not.toBeNull();
          expect(r.csv!.header).toEqual(['a', 'b', 'c']);
          expect(r.csv!.rows.map((x) => x.fields)).toEqual(kept.slice(1).map((x) => x.map((c) => c.trim())));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

// ---- validateAttainment ------------------------------------------------------------------------

const units = realUnits();
const xa = units.filter((u) => u.type === 'xa');
const COLS = ATTAINMENT_COLUMNS;

/** A row that is valid on its own (status chua_dat, so no 19/19 consistency rule applies). */
/** Text the rules keep (issue 16): no NUL, control or bidi-override character, within the column's
 *  limit. Everything else is rejected on its line (the property below). */
const REJECTED_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const allowedText = (s: string, limit: number) => !REJECTED_IN_TEXT.test(s) && s.length <= limit;

const arbValidRow = fc.record({
  gso: fc.constantFrom(...xa.map((u) => u.gso)),
  year: fc.constantFrom(...YEARS),
  crit: fc.array(fc.constantFrom('', '0', '1'), { minLength: 19, maxLength: 19 }),
  note: fc.oneof(fc.constant(''), arbHostile.filter((s) => !/^\s|\s$/.test(s) && s.trim() !== '' && allowedText(s, TEXT_LIMITS.note!))),
  decision: fc.oneof(fc.constant(''), arbHostile.filter((s) => s.trim() === s && s !== '' && allowedText(s, TEXT_LIMITS.decision!))),
}).map(({ gso, year, crit, note, decision }) => {
  const cells: Record<string, string> = Object.fromEntries(COLS.map((c) => [c, '']));
  Object.assign(cells, { gso, year: String(year), status: 'chua_dat', source: 'illustrative', note, decision });
  crit.forEach((v, i) => (cells[`tc${i + 1}`] = v));
  return COLS.map((c) => cells[c]!);
});

/** A valid row with some cells replaced by random or hostile text. */
const arbDamagedRow = fc
  .tuple(arbValidRow, fc.array(fc.tuple(fc.nat({ max: COLS.length - 1 }), arbCell), { maxLength: 4 }), fc.integer({ min: -3, max: 3 }))
  .map(([row, edits, lenDelta]) => {
    const out = [...row];
    for (const [i, v] of edits) out[i] = v;
    if (lenDelta < 0) out.length = Math.max(1, out.length + lenDelta);
    else for (let k = 0; k < lenDelta; k++) out.push('x');
    return out;
  });

function parsed(rows: string[][], header: readonly string[] = COLS): ParsedCsv {
  const text = toCsv([[...header], ...rows]);
  const r = parseCsvText(text, FILE);
  expect(r.csv).not.toBeNull();
  return r.csv!;
}

describe('validateAttainment: hostile rows', () => {
  it('never throws; every row becomes data or gets an error on its own line (nothing dropped silently)', () => {
    fc.assert(
      fc.property(fc.array(arbDamagedRow, { minLength: 1, maxLength: 12 }), (rows) => {
        const csv = parsed(rows);
        const v = validateAttainment(csv, { file: FILE, units });
        assertIssuesAreData(v.issues, Number.MAX_SAFE_INTEGER);
        const errorLines = new Set(errorsOf(v.issues).map((i) => i.line));
        const keptKeys = new Set(v.rows.map((r) => `${r.gso}|${r.year}`));
        for (const r of csv.rows) {
          const key = `${r.fields[0]}|${r.fields[3]}`;
          expect(errorLines.has(r.line) || keptKeys.has(key)).toBe(true);
        }
        // What comes out is always well-formed.
        for (const row of v.rows) {
          expect(xa.some((u) => u.gso === row.gso)).toBe(true);
          expect(YEARS as readonly number[]).toContain(row.year);
          expect(row.criteria).toHaveLength(19);
          for (const c of row.criteria) expect(c === true || c === false || c === null).toBe(true);
          expect(row.status === null || NTM_STATUSES.includes(row.status)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('valid rows with unique commune-years all pass, and hostile note/decision text is kept verbatim as text', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbValidRow, { minLength: 1, maxLength: 10, selector: (r) => `${r[0]}|${r[3]}` }), (rows) => {
        const v = validateAttainment(parsed(rows), { file: FILE, units });
        expect(errorsOf(v.issues)).toEqual([]);
        expect(v.rows).toHaveLength(rows.length);
        const noteCol = COLS.indexOf('note');
        const decCol = COLS.indexOf('decision');
        for (const r of rows) {
          const out = v.rows.find((x) => x.gso === r[0] && String(x.year) === r[3])!;
          expect(out.note).toBe(r[noteCol] === '' ? null : r[noteCol]);
          expect(out.decision).toBe(r[decCol] === '' ? null : r[decCol]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hostile text the rules refuse (NUL, control, bidi override, too long) is an error on its own line, in its column', () => {
    const refused = (col: 'note' | 'decision') => HOSTILE.filter((h) => !allowedText(`a${h}b`, TEXT_LIMITS[col]!));
    expect(refused('note')).toEqual(expect.arrayContaining(['\u0000', '\u202e', 'x'.repeat(5000)]));
    const arbRefused = fc.constantFrom('note' as const, 'decision' as const).chain((col) => fc.tuple(fc.constant(col), fc.constantFrom(...refused(col))));
    fc.assert(
      fc.property(fc.uniqueArray(arbValidRow, { minLength: 1, maxLength: 6, selector: (r) => `${r[0]}|${r[3]}` }), fc.nat(), arbRefused, (rows, pick, [col, bad]) => {
        const k = pick % rows.length;
        const edited = rows.map((r, i) => (i === k ? r.map((c, j) => (COLS[j] === col ? `a${bad}b` : c)) : r));
        const v = validateAttainment(parsed(edited), { file: FILE, units });
        const errs = errorsOf(v.issues);
        expect(errs.map((e) => [e.line, e.field])).toEqual([[k + 2, col]]);
        expect(v.rows).toHaveLength(rows.length - 1);
      }),
      { numRuns: 200 },
    );
  });

  it('a random header never throws and missing/unknown columns are reported on the header line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...COLS), arbCell.filter((s) => !/[\r\n"]/.test(s))), { minLength: 1, maxLength: 50 }),
        fc.array(arbDamagedRow, { maxLength: 3 }),
        (header, rows) => {
          fc.pre(header.some((h) => h.trim() !== ''));
          const r = parseCsvText(toCsv([header, ...rows]), FILE);
          if (!r.csv) return;
          const v = validateAttainment(r.csv, { file: FILE, units });
          assertIssuesAreData(v.issues, Number.MAX_SAFE_INTEGER);
          const headerSet = new Set(r.csv.header.map((h) => h.trim()));
          const complete = COLS.every((c) => headerSet.has(c)) && headerSet.size === r.csv.header.length && r.csv.header.every((h) => COLS.includes(h.trim()));
          if (!complete) expect(v.issues.some((i) => i.level === 'error' && i.line === r.csv!.headerLine)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('parseStatus never throws and returns a known status, null (blank) or undefined (unknown)', () => {
    fc.assert(
      fc.property(fc.oneof(arbCell, fc.string({ unit: 'binary', maxLength: 40 })), (cell) => {
        const s = parseStatus(cell);
        expect(s === null || s === undefined || NTM_STATUSES.includes(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('Object.prototype names are not statuses (regression: "constructor" was accepted through the prototype chain)', () => {
    for (const cell of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(parseStatus(cell)).toBeUndefined();
    const row = [...COLS.map(() => '')];
    row[COLS.indexOf('gso')] = xa[0]!.gso;
    row[COLS.indexOf('year')] = '2025';
    row[COLS.indexOf('status')] = 'constructor';
    row[COLS.indexOf('source')] = 'illustrative';
    const v = validateAttainment(parsed([row]), { file: FILE, units });
    expect(v.rows).toEqual([]);
    expect(errorsOf(v.issues).map((i) => i.field)).toContain('status');
  });
});
