import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { buildIndex } from '../domain/dataIndex';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import {
  ATTAINMENT_HEADER, DISTRICT_HEADER, VIEW_HEADER, attainmentCsv, exportFileName, safeCell, toCsv, viewCsv,
} from './csv';

const idx = buildIndex(makeFixture());

function parse(csv: string): Record<string, string>[] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const r = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, delimiter: ',', newline: '\r\n' });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, has a header row, CRLF line ends', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x'], [2, 'y']]);
    expect(csv).toBe('\uFEFFa,b\r\n1,x\r\n2,y\r\n');
  });

  it('quotes per RFC 4180: commas, quotes, newlines', () => {
    const csv = toCsv(['t'], [['a,b'], ['say "hi"'], ['two\nlines']]);
    expect(csv).toBe('\uFEFFt\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('neutralises spreadsheet formulas in text cells, leaves numbers alone', () => {
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=x', '\r=x', '=HYPERLINK("http://x","y")']) {
      expect(safeCell(f)).toBe(`'${f}`);
    }
    expect(safeCell(-1)).toBe(-1);
    expect(safeCell('Ka Đô')).toBe('Ka Đô');
    expect(safeCell(null)).toBe('');
    expect(safeCell(Number.NaN)).toBe('');
    const rows = parse(toCsv(['x'], [['=cmd|\' /C calc\'!A0']]));
    expect(rows[0].x.startsWith("'=")).toBe(true);
  });

  it('any text survives a round trip (after the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const nonEmpty = cells.map((c) => `x${c}`); // a leading x: no formula guard, no blank line
        const out = Papa.parse<string[]>(toCsv(['a', 'b', 'c', 'd', 'e'].slice(0, cells.length), [nonEmpty]).slice(1), {
          newline: '\r\n',
        });
        expect(out.data[1]).toEqual(nonEmpty);
      }),
      { numRuns: 500 },
    );
  });
});

describe('viewCsv', () => {
  it('one row per unit, with Vietnamese names intact', () => {
    const rows = parse(viewCsv(idx, { measure: 'c8', year: 2023, districtMode: false, locale: 'vi' }));
    expect(Object.keys(rows[0])).toEqual([...VIEW_HEADER]);
    expect(rows).toHaveLength(idx.units.length);
    const kaDo = rows.find((r) => r.gso_code === '24943')!;
    expect(kaDo).toMatchObject({
      district: 'Huyện Đơn Dương', commune: 'Xã Ka Đô', unit_type: 'Xã', year: '2023', measure: 'c8',
      class: 'met', class_label: 'Đạt', status: 'Đạt chuẩn NTM', criteria_met: '19', value: '1',
      source: 'Số liệu minh họa', data_date: '2025-12-31',
    });
    expect(kaDo.measure_label).toContain('Thông tin và Truyền thông');
    const town = rows.find((r) => r.gso_code === '25126')!;
    expect(town).toMatchObject({ commune: 'Thị trấn Đạ Tẻh', district: 'Huyện Đạ Tẻh', class: 'not_subject', value: '' });
    expect(rows.find((r) => r.commune === "Xã Đạ M' Rong")).toMatchObject({ class: 'no_data', criteria_met: '', value: '' });
  });

  it('null criterion is no data, not "not met"', () => {
    const rows = parse(viewCsv(idx, { measure: 'c8', year: 2023, districtMode: false, locale: 'en' }));
    expect(rows.find((r) => r.gso_code === '24808')).toMatchObject({ class: 'no_data', value: '', criteria_met: '18' });
  });

  it('English labels when the UI is in English; names keep their diacritics', () => {
    const rows = parse(viewCsv(idx, { measure: 'status', year: 2025, districtMode: false, locale: 'en' }));
    expect(rows.find((r) => r.gso_code === '24943')).toMatchObject({ commune: 'Ka Đô Commune', value: 'nang_cao' });
  });

  it('district mode gives one row per district with the share', () => {
    const rows = parse(viewCsv(idx, { measure: 'c8', year: 2021, districtMode: true, locale: 'vi' }));
    expect(Object.keys(rows[0])).toEqual([...DISTRICT_HEADER]);
    expect(rows).toHaveLength(idx.districts.length);
    const damRong = rows.find((r) => r.district_code === '674')!;
    expect(damRong).toMatchObject({ district: 'Huyện Đam Rông', xa_total: '3', xa_met: '2', xa_not_met: '1', share_met: '0.6667' });
    expect(rows.find((r) => r.district_code === '673')).toMatchObject({ class: 'not_subject', share_met: '' });
  });
});

describe('attainmentCsv', () => {
  it('every attainment row, every criterion and indicator as 1/0/empty', () => {
    const rows = parse(attainmentCsv(idx, 'vi'));
    expect(Object.keys(rows[0])).toEqual([...ATTAINMENT_HEADER]);
    expect(rows).toHaveLength(idx.ds.attainment.length);
    const tn = rows.find((r) => r.gso_code === '24808' && r.year === '2023')!;
    expect(tn).toMatchObject({ c8: '', 'i8.4': '', c1: '1', status: 'ntm', commune: 'Xã Tà Nung' });
    const qt = rows.find((r) => r.gso_code === '25138' && r.year === '2021')!;
    expect(qt).toMatchObject({ decision: 'Quyết định ngày 16/6/2021', criteria_set: '2016-2020', district: 'Huyện Đạ Tẻh' });
  });
});

describe('exportFileName', () => {
  it('is ban-do-ntm-lam-dong-<measure>-<year>', () => {
    expect(exportFileName({ measure: 'c8', year: 2023 }, 'png')).toBe('ban-do-ntm-lam-dong-c8-2023.png');
    expect(exportFileName({ measure: 'inc15.2', year: 2025 }, 'csv')).toBe('ban-do-ntm-lam-dong-inc15.2-2025.csv');
    expect(exportFileName({ measure: 'status', year: 2025, districtMode: true }, 'csv')).toBe('ban-do-ntm-lam-dong-status-2025-huyen.csv');
  });
});

describe('attainmentCsv with rows of 2026 (issue 13)', () => {
  it('a 2026 row fills c2026-1…c2026-10, never c1…c19; without 2026 rows the header is as before', () => {
    const ds = makeFixture();
    const plan = { id: '2021-2025', vi: '', en: '', decision: '318/QĐ-TTg', from: 2021, to: 2025, inForce: '2022-03-08', inForceVerified: false, communeSet: 'commune_ntm' as const, criteriaCount: 19, groups: 0, indicatorTotal: null, statuses: ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'] as const, detail: null };
    const later = { ...plan, id: '2026-2030', decision: '51/2025/QĐ-TTg', from: 2026, to: 2030, communeSet: 'commune_ntm_2026' as const, criteriaCount: 10, groups: 3, indicatorTotal: 47, statuses: ['chua_dat', 'ntm'] as const, detail: 'criteria-2026-2030.json' };
    ds.catalogs = [{ ...plan, statuses: [...plan.statuses] }, { ...later, statuses: [...later.statuses] }];
    expect(parse(attainmentCsv(buildIndex(ds), 'vi')).length).toBe(ds.attainment.length);
    expect(Object.keys(parse(attainmentCsv(buildIndex(ds), 'vi'))[0]!)).toEqual([...ATTAINMENT_HEADER]);
    const first = ds.attainment[0]!;
    ds.attainment = [...ds.attainment, { ...first, year: 2026, status: 'chua_dat', criteriaSet: '2026-2030', criteria: [true, false, true, true, true, true, true, true, true, true] }];
    ds.meta = { ...ds.meta, years: [...ds.meta.years, 2026] };
    const rows = parse(attainmentCsv(buildIndex(ds), 'vi'));
    const header = Object.keys(rows[0]!);
    expect(header.slice(header.indexOf('c19') + 1, header.indexOf('c19') + 11)).toEqual(Array.from({ length: 10 }, (_, i) => `c2026-${i + 1}`));
    const r26 = rows.find((r) => r.gso_code === first.gso && r.year === '2026')!;
    expect(r26).toMatchObject({ c1: '', c2: '', 'c2026-1': '1', 'c2026-2': '0', criteria_set: '2026-2030' });
    const r21 = rows.find((r) => r.gso_code === first.gso && r.year === String(first.year))!;
    expect(r21['c2026-1']).toBe('');
  });
});
