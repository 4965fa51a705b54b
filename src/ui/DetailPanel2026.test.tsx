// Issue 13: a commune's checklist follows the catalog of the row's year: 19 criteria of 2021–2025
// up to 2025, the 10 of 2026–2030 (names from the catalog's set) from 2026, without the 8.x lists.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { resetStore } from '../../test/fixtures/app/store';
import type { CatalogSummary, NtmDataset } from '../domain/types';
import { useApp } from '../state/store';
import { DetailPanel } from './DetailPanel';

afterEach(cleanup);

function with2026(): NtmDataset {
  const ds = makeFixture();
  const plan: CatalogSummary = { id: '2021-2025', vi: '', en: '', decision: '318/QĐ-TTg', from: 2021, to: 2025, inForce: '2022-03-08', inForceVerified: false, communeSet: 'commune_ntm', criteriaCount: 19, groups: 0, indicatorTotal: null, statuses: ['chua_dat', 'ntm', 'nang_cao', 'kieu_mau'], detail: null };
  ds.catalogs = [plan, { ...plan, id: '2026-2030', decision: '51/2025/QĐ-TTg', from: 2026, to: 2030, communeSet: 'commune_ntm_2026', criteriaCount: 10, groups: 3, statuses: ['chua_dat', 'ntm'], detail: 'criteria-2026-2030.json' }];
  const names = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
  ds.criteriaSets = [...ds.criteriaSets, { ...ds.criteriaSets[0]!, id: 'commune_ntm_2026', criteria: names.map((vi, i) => ({ no: i + 1, vi, en: vi, verified: true, indicators: [] })) }];
  const r = ds.attainment.find((x) => x.gso === '24859' && x.year === 2021)!;
  ds.attainment = [...ds.attainment, { ...r, year: 2026, status: 'chua_dat', criteriaSet: '2026-2030', criteria: [true, true, true, true, true, true, true, false, true, true] }];
  ds.meta = { ...ds.meta, years: [...ds.meta.years, 2026] };
  return ds;
}

describe('DetailPanel, a 2026 row', () => {
  it('lists the 10 criteria of 2026–2030 by their names, and no 8.x indicator list', () => {
    resetStore({ year: 2026, data: with2026() });
    render(<DetailPanel />);
    act(() => useApp.getState().select({ kind: 'commune', gso: '24859' }));
    expect(screen.getByText('Bộ 10 tiêu chí xã NTM, năm 2026')).toBeInTheDocument();
    expect(screen.getByText('Đạt 9/10 tiêu chí')).toBeInTheDocument();
    expect(document.querySelectorAll('ol.checklist > li')).toHaveLength(10);
    const c8 = document.querySelector('li[data-criterion="8"]')!;
    expect(c8).toHaveTextContent('Môi trường và cảnh quan nông thôn');
    expect(c8).toHaveTextContent('✗Chưa đạt');
    expect(document.querySelector('li[data-indicator="8.4"]')).toBeNull();
    expect(screen.getByText('Bộ tiêu chí quốc gia, giai đoạn 2026–2030 (QĐ 51/2025/QĐ-TTg)')).toBeInTheDocument();
  });
  it('the same commune in 2021 keeps the 19 criteria of 2021–2025', () => {
    resetStore({ year: 2021, data: with2026() });
    render(<DetailPanel />);
    act(() => useApp.getState().select({ kind: 'commune', gso: '24859' }));
    expect(document.querySelectorAll('ol.checklist > li')).toHaveLength(19);
    expect(document.querySelector('li[data-criterion="8"]')).toHaveTextContent('Thông tin và Truyền thông');
  });
});
