import { describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { legendClasses, shareClasses } from '../domain/classify';
import { allMeasures } from '../domain/measures';
import { en } from './en';
import { formatDate, formatPercent } from './format';
import {
  classLabel, districtName, measureLabel, recognitionLabel, shareClassLabel, statusLabel, unitName, unitTypeLabel,
} from './labels';
import { translate, type MessageKey } from './translate';
import { vi } from './vi';
import { leadersEn, leadersVi } from './parts/leaders';
import { todayEn, todayVi } from './parts/today';
import { detailEn, detailVi } from './parts/detail';
import { catalogEn, catalogVi } from './parts/catalog';
import { shareEn, shareVi } from './parts/share';
import { tableEn, tableVi } from './parts/table';
import { mapEn, mapVi } from './parts/map';

/** Every part loaded with its chunks (src/i18n/parts/): [name, vi, en]. */
const PARTS: [string, Record<string, string>, Record<string, string>][] = [
  ['leaders', leadersVi, leadersEn], ['today', todayVi, todayEn], ['detail', detailVi, detailEn],
  ['catalog', catalogVi, catalogEn], ['share', shareVi, shareEn], ['table', tableVi, tableEn],
  ['map', mapVi, mapEn],
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('vi and en have the same keys, in the core and in each part', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [name, pv, pe] of PARTS) expect(Object.keys(pe).sort(), name).toEqual(Object.keys(pv).sort());
    // A key lives in one place only.
    const seen = new Map<string, string>(Object.keys(vi).map((k) => [k, 'core']));
    for (const [name, pv] of PARTS) {
      for (const k of Object.keys(pv)) {
        expect(seen.get(k), `${k} in ${name}`).toBeUndefined();
        seen.set(k, name);
      }
    }
  });

  it("a part's messages are found once the part is loaded, in both languages", () => {
    expect(translate('vi', 'targets.title')).toBe(leadersVi['targets.title']);
    expect(translate('en', 'targets.title')).toBe(leadersEn['targets.title']);
    for (const [, pv, pe] of PARTS) {
      for (const k of Object.keys(pv)) {
        expect(translate('vi', k as MessageKey), k).toBe(pv[k]);
        expect(translate('en', k as MessageKey), k).toBe(pe[k]);
        expect(placeholders(pe[k]!), k).toEqual(placeholders(pv[k]!));
        expect(pe[k]!.trim(), k).not.toBe('');
      }
    }
  });

  it('vi and en use the same placeholders and no empty strings', () => {
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[k]), k).toEqual(placeholders(vi[k]));
      expect(vi[k].trim(), k).not.toBe('');
      expect(en[k].trim(), k).not.toBe('');
    }
  });

  it('has the Vietnamese wording with diacritics', () => {
    expect(vi['status.ntm']).toBe('Đạt chuẩn NTM');
    expect(vi['status.chua_dat']).toBe('Chưa đạt chuẩn');
    expect(vi['status.nang_cao']).toContain('nâng cao');
    expect(vi['status.kieu_mau']).toContain('kiểu mẫu');
    expect(vi['class.no_data']).toBe('Không có dữ liệu');
    expect(vi['class.not_subject']).toBe('Phường/thị trấn — không xét tiêu chí xã');
    expect(vi['app.title']).toBe('Bản đồ số Nông thôn mới tỉnh Lâm Đồng');
    expect(vi['app.subtitle']).toContain('5306/KH-UBND');
  });

  it('interpolates as plain text and leaves unknown placeholders', () => {
    expect(translate('vi', 'year.valuetext', { year: 2025 })).toBe('Năm 2025');
    expect(translate('en', 'legend.title', { measure: '<b>x</b>', year: 2024 })).toBe('<b>x</b>, 2024');
    expect(translate('vi', 'year.valuetext')).toBe('Năm {year}');
  });

  it('labels every class of every measure, in both locales', () => {
    for (const loc of ['vi', 'en'] as const) {
      for (const m of allMeasures()) {
        expect(measureLabel(m, makeFixture().criteriaSets, loc)).not.toMatch(/\{|undefined/);
        for (const c of legendClasses(m)) expect(classLabel(m, c.key, loc), `${m}/${c.key}`).not.toBe(translate(loc, 'class.unknown'));
      }
      for (const c of shareClasses()) expect(shareClassLabel(c.key, loc)).not.toBe(translate(loc, 'class.unknown'));
    }
  });

  it('labels measures from the criteria catalog', () => {
    const sets = makeFixture().criteriaSets;
    expect(measureLabel('c8', sets)).toBe('Tiêu chí 8: Thông tin và Truyền thông');
    expect(measureLabel('c8', sets, 'en')).toBe('Criterion 8: Information and communications');
    expect(measureLabel('i8.4', sets)).toMatch(/^Chỉ tiêu 8\.4: Xã có ứng dụng/);
    expect(measureLabel('inc15.2', sets)).toMatch(/15\.2.*nâng cao.*cần kiểm chứng/);
    expect(measureLabel('c3', undefined)).toBe('Tiêu chí 3');
    expect(measureLabel('inc8.4', [], 'en')).toBe('Indicator 8.4 (advanced NTM) (to verify)');
  });

  it('labels classes, statuses, types, names, recognitions', () => {
    expect(classLabel('count', 'n17_18')).toBe('17–18 tiêu chí');
    expect(classLabel('count', 'n19', 'en')).toBe('All 19 criteria');
    expect(classLabel('status', 's75_90')).toBe('Từ 75% đến dưới 90% số xã đạt');
    expect(classLabel('status', 's100')).toBe('100% số xã đạt');
    expect(classLabel('status', 's90_100', 'en')).toBe('90% to under 100% of communes meet it');
    expect(statusLabel(null)).toBe('Không có dữ liệu');
    expect(unitTypeLabel('thi_tran')).toBe('Thị trấn');
    const ds = makeFixture();
    expect(unitName(ds.units[0])).toBe('Xã Xuân Thọ');
    expect(unitName(ds.units[0], 'en')).toBe('Xuân Thọ Commune');
    expect(unitName(ds.units[2], 'en')).toBe('Ward 1');
    expect(districtName(ds.districts[4], 'en')).toBe('Đạ Tẻh District');
    expect(recognitionLabel(null)).toBe('Chưa có quyết định công nhận được công bố');
    expect(recognitionLabel(ds.districts[0].recognition)).toBe('Hoàn thành nhiệm vụ xây dựng nông thôn mới');
    expect(recognitionLabel(ds.districts[4].recognition)).toBe('Huyện đạt chuẩn nông thôn mới năm 2019');
  });

  it('formats dates and percents', () => {
    expect(formatDate('2025-12-31', 'vi')).toBe('31/12/2025');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatDate('2018-09', 'vi')).toBe('09/2018');
    expect(formatDate('2023', 'en')).toBe('2023');
    expect(formatDate('n/a', 'vi')).toBe('n/a');
    expect(formatPercent(2 / 3, 'en')).toBe('67%');
  });
});
