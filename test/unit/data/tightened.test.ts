// @vitest-environment node
// Issue 16: the rules the officers' desk and `npm run data` share, each with its failing fixture in
// test/fixtures/data/bad/ and its message; the report capped at 200 errors then counted by kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../scripts/lib/csv';
import { causeOf, countByKind, errorsOf, formatIssue, formatReport, issue, kindOf, show } from '../../../scripts/lib/issues';
import { citesDocument, validateAttainment } from '../../../scripts/lib/validate';
import { check, expectOneError, FIXTURES, realUnits } from './helpers';

describe('tightened rules: one clear error each', () => {
  it('a header-only table is rejected (nothing to publish)', () => {
    const e = expectOneError('header-only.csv', 1, null, /no data rows/, /không có dòng dữ liệu nào/);
    expect(causeOf(e)).toBe('empty');
  });

  it("Excel's sep= first line is named once as the cause; the rows below it are still checked", () => {
    const e = expectOneError('sep-line.csv', 1, null, /first line "sep=,".*separator hint.*delete that line/);
    expect(causeOf(e)).toBe('sep-line');
    expect(check('sep-line.csv').rows).toBe(1);
  });

  it('an upper-case header is one error naming the cause, not one per cell', () => {
    const e = expectOneError('uppercase-header.csv', 1, null, /column names in upper case \("GSO", "DISTRICT", .*lower case exactly as in the template/, /viết hoa/);
    expect(causeOf(e)).toBe('header-case');
  });

  it('an invisible character in a code is shown escaped and rejected', () => {
    const e = expectOneError('invisible-in-code.csv', 3, 'gso', /"249<U\+FEFF>43" contains the invisible character\(s\) U\+FEFF/, /ký tự ẩn U\+FEFF/);
    expect(formatIssue(e)).toContain('249<U+FEFF>43');
    expect(formatIssue(e)).not.toContain('\uFEFF');
  });

  it('a date typed into a code cell names Excel as the cause', () => {
    const e = expectOneError('date-in-code.csv', 3, 'gso', /code "3\/15\/2023" is a date: Excel turned the commune code into a date/);
    expect(causeOf(e)).toBe('date-in-code');
  });

  it('NUL in a text cell is rejected', () => {
    expectOneError('nul-in-text.csv', 3, 'note', /contains the NUL character U\+0000, which is not allowed/, /ký tự NUL U\+0000/);
  });

  it('a bidirectional override in a text cell is rejected', () => {
    expectOneError('bidi-in-text.csv', 3, 'note', /bidirectional override character U\+202E/);
  });

  it('free text over its length limit is rejected with the limit', () => {
    expectOneError('long-note.csv', 3, 'note', /text is 2,001 characters long, over the 2,000-character limit of column "note"/);
  });

  it('a status going down needs a note citing a decision or report, not "."', () => {
    expectOneError('status-down-dot-note.csv', 3, 'note', /status goes back from "nang_cao" \(2021\) to "ntm" \(2022\) but the note "\." cites no decision or report/);
  });
});

describe('what a note must say when a status goes down', () => {
  it.each([
    ['QĐ 123/QĐ-UBND ngày 5/3/2025 thu hồi', true],
    ['Theo Báo cáo 45/BC-UBND', true],
    ['quyết định thu hồi ngày 10/3/2025', true],
    ['https://lamdong.gov.vn/tin/123', true],
    ['Report of 12 May 2025', true],
    ['.', false],
    ['lùi', false],
    ['bị thu hồi', false],
    ['', false],
  ])('%j cites a document: %s', (note, ok) => {
    expect(citesDocument(note)).toBe(ok);
  });
});

describe('text is stored in Unicode NFC', () => {
  it('an NFD file joins by name and keeps its source and note as NFC', () => {
    const text = readFileSync(join(FIXTURES, 'nfd-text.csv'), 'utf8');
    expect(text).not.toBe(text.normalize('NFC'));
    const { csv } = readCsv(Buffer.from(text), 'nfd.csv');
    const v = validateAttainment(csv!, { file: 'nfd.csv', units: realUnits() });
    expect(errorsOf(v.issues).map(formatIssue)).toEqual([]);
    expect(v.rows).toHaveLength(1);
    expect(v.rows[0]!.source).toBe('Báo cáo 45/BC-UBND ngày 10/3/2025'.normalize('NFC'));
    expect(v.rows[0]!.note).toBe('Ghi chú tiếng Việt'.normalize('NFC'));
    expect(v.rows[0]!.note!.normalize('NFC')).toBe(v.rows[0]!.note);
  });
});

describe('values in messages', () => {
  it('escape every invisible character and cut long values', () => {
    expect(show('a\u200Bb\u00A0c\u202Ed')).toBe('a<U+200B>b<U+00A0>c<U+202E>d');
    expect(show('x'.repeat(100))).toBe('x'.repeat(60) + '…');
  });
});

describe('the report is capped: the first 200 errors, then the count by kind', () => {
  const head = readFileSync(join(FIXTURES, 'bad', 'unknown-code.csv'), 'utf8').split('\n')[0]!;
  const row = readFileSync(join(FIXTURES, 'bad', 'unknown-code.csv'), 'utf8').split('\n')[2]!;
  // 300 rows with an unknown code and 20 with a bad boolean.
  const lines = [head];
  for (let i = 0; i < 300; i++) lines.push(row.replace('99999', String(90000 + i)));
  for (let i = 0; i < 20; i++) lines.push(row.replace('99999', '24943').replace(',2021,', `,${2021 + (i % 5)},`).replace(',ntm,1,1,1,1,1,', ',ntm,1,1,1,1,7,'));
  const { csv } = readCsv(Buffer.from(lines.join('\n')), 'many.csv');
  const v = validateAttainment(csv!, { file: 'many.csv', units: realUnits() });
  const errors = errorsOf(v.issues);

  it('counts the kinds', () => {
    expect(errors).toHaveLength(320);
    const kinds = countByKind(errors);
    expect(kinds.map((k) => [k.count, k.field])).toEqual([
      [300, 'gso'],
      [20, 'tc5'],
    ]);
    expect(kindOf(errors[0]!)).toBe(kindOf(errors[1]!));
  });

  it('prints 200 errors, then one line per kind', () => {
    const out = formatReport(v.issues);
    const printed = out.filter((l) => / LỖI: /.test(l));
    expect(printed).toHaveLength(200);
    expect(printed[0]).toMatch(/^many\.csv:2 \[gso\] LỖI: mã "90000"/);
    const tail = out.slice(out.indexOf(printed[199]!) + 1);
    expect(tail[0]).toMatch(/and 120 more error\(s\) not printed; all errors by kind/);
    expect(tail.slice(1, 3)).toEqual([
      expect.stringMatching(/^\s+300 × \[gso\] unknown GSO code "90000"/),
      expect.stringMatching(/^\s+20 × \[tc5\] value "7" is invalid/),
    ]);
  });

  it('prints everything when under the cap', () => {
    const few = [issue('error', 'f', 1, 'gso', 'a', 'a'), issue('warning', 'f', null, null, 'b', 'b')];
    expect(formatReport(few)).toEqual(few.map(formatIssue));
  });
});
