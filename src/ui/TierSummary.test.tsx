import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { makeLeadersFixture } from '../../test/fixtures/leaders/dataset';
import { useApp } from '../state/store';
import { TierSummary } from './TierSummary';

afterEach(cleanup);

describe('TierSummary', () => {
  it('counts tiers cumulatively, says the date the year stands for and the matching report', () => {
    const ds = makeLeadersFixture();
    const src = (date: string) => ({ label: `Báo ${date}`, url: 'https://example.org/a', date });
    ds.meta.published = [
      { year: 2023, ntm: 3, nangCao: 0, kieuMau: 0, of: 6, source: src('2023-09-13'), basis: 'interim' },
      { year: 2023, ntm: 5, nangCao: 1, kieuMau: 0, of: 6, source: src('2023-12-31'), basis: 'year_end' },
    ];
    resetLeadersStore({ year: 2023 });
    useApp.setState({ data: ds });
    render(<TierSummary year={2023} />);
    const region = screen.getByRole('region', { name: 'Cộng dồn như các báo cáo, trạng thái ngày 31/12/2023' });
    const row = (tier: string) => region.querySelector(`tr[data-tier="${tier}"] td`)!.textContent;
    // 2023: An Phú, Bình Yên, Suối Đá, Thác Bạc NTM; Cát Lâm chưa đạt; Đồng Tâm no row (of 6 xã).
    expect(row('at_least_ntm')).toBe('4/6');
    expect(row('at_least_nang_cao')).toBe('0');
    expect(within(region).getByText(/1 xã không có dữ liệu/)).toBeInTheDocument();
    const yearEnd = region.querySelector('[data-report="yearEnd"]')!;
    expect(yearEnd.textContent).toContain('Công bố cuối năm (31/12/2023): 5/6 xã NTM, 1 nâng cao, 0 kiểu mẫu');
    expect(region.querySelector('[data-report="interim"]')!.textContent).toContain('Công bố giữa năm (13/09/2023)');
  });

  it('says when no year-end figure is published', () => {
    resetLeadersStore({ year: 2025 });
    render(<TierSummary year={2025} />);
    expect(screen.getByText('Chưa tìm thấy số liệu công bố cho ngày 31/12/2025.')).toBeInTheDocument();
  });
});
