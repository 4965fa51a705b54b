// Issue 15: the change and recognition measures in the CSV export (the same classes as the map).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { changeCounts } from '../domain/change';
import { buildIndex } from '../domain/dataIndex';
import { viewCsv } from './csv';
import { legendRows } from './viewText';

const idx = buildIndex(makeLeadersFixture());
const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;

describe('CSV of the change measure', () => {
  it('one row per unit with its change class; the counts are those of changeCounts', () => {
    const rows = parse(viewCsv(idx, { measure: 'change', year: 2023, districtMode: false, locale: 'vi' }));
    expect(rows).toHaveLength(idx.units.length);
    const xa = rows.filter((r) => r.class !== 'not_subject');
    const counts: Record<string, number> = {};
    for (const r of xa) counts[r.class] = (counts[r.class] ?? 0) + 1;
    const want = Object.fromEntries(Object.entries(changeCounts(idx, 2023).counts).filter(([, n]) => n > 0));
    expect(counts).toEqual(want);
    expect(rows.find((r) => r.gso_code === '91001')).toMatchObject({ class: 'newly_recognised', class_label: 'Mới đạt chuẩn NTM', value: 'newly_recognised' });
  });

  it('the recognition measure by district', () => {
    const rows = parse(viewCsv(idx, { measure: 'recognition', year: 2025, districtMode: false, locale: 'en' }));
    expect(rows.find((r) => r.gso_code === '90201')).toMatchObject({ class: 'hoan_thanh_nhiem_vu', class_label: 'City completed the NTM task' });
  });
});

describe('PNG legend of the change measure', () => {
  it('names both years and counts each class', () => {
    const l = legendRows(idx, { measure: 'change', year: 2023, districtMode: false, locale: 'vi', selection: null, basemap: false });
    expect(l.title).toBe('Thay đổi trạng thái NTM từ năm 2021 đến năm 2023');
    expect(l.rows.find((r) => r.key === 'newly_recognised')?.count).toBe(changeCounts(idx, 2023).counts.newly_recognised);
  });
});
