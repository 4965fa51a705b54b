import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { Legend } from './Legend';

afterEach(cleanup);
beforeEach(() => resetStore({ measure: 'status', year: 2025 }));

const countOf = (label: RegExp | string) => {
  const row = screen.getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row).getByRole('cell').textContent;
};

describe('Legend', () => {
  it('shows title, one row per class with counts, and the total', () => {
    render(<Legend />);
    expect(screen.getByRole('heading', { name: 'Trạng thái nông thôn mới, năm 2025' })).toBeInTheDocument();
    expect(countOf('Chưa đạt chuẩn')).toBe('0');
    expect(countOf('Đạt chuẩn NTM')).toBe('3');
    expect(countOf('Đạt chuẩn NTM nâng cao')).toBe('3');
    expect(countOf('Đạt chuẩn NTM kiểu mẫu')).toBe('2');
    expect(countOf('Không có dữ liệu')).toBe('1');
    expect(countOf('Phường/thị trấn — không xét tiêu chí xã')).toBe('6');
    expect(screen.getByText('Tổng: 15 đơn vị cấp xã')).toBeInTheDocument();
  });

  it('draws a hatched swatch for no data', () => {
    const { container } = render(<Legend />);
    const row = container.querySelector('tr[data-class="no_data"]')!;
    expect(row.querySelector('.swatch')).toHaveAttribute('data-pattern', 'hatch');
  });

  it('updates with measure, year and locale', () => {
    render(<Legend />);
    act(() => useApp.getState().setMeasure('c13'));
    act(() => useApp.getState().setYear(2021));
    expect(screen.getByRole('heading', { name: /Tiêu chí 13: Tổ chức sản xuất.*năm 2021/ })).toBeInTheDocument();
    expect(countOf('Đạt')).toBe('6');
    expect(countOf('Chưa đạt')).toBe('2'); // Đạ M' Rong, Đạ Tông
    expect(countOf('Không có dữ liệu')).toBe('1'); // Đạ Kho has no 2021 row
    act(() => useApp.getState().setLocale('en'));
    expect(screen.getByRole('heading', { name: /^Criterion 13: .*, 2021$/ })).toBeInTheDocument();
    expect(countOf('Not met')).toBe('2');
  });

  it('shows share bins and district counts in district mode', () => {
    resetStore({ measure: 'status', year: 2025, districtMode: true });
    render(<Legend />);
    expect(screen.getByRole('heading', { name: /^Tỷ lệ xã đạt theo huyện/ })).toBeInTheDocument();
    expect(countOf('100% số xã đạt')).toBe('4');
    expect(countOf('Không có xã (chỉ có phường)')).toBe('1');
    expect(screen.getByText('Tổng: 5 huyện, thành phố')).toBeInTheDocument();
  });
});
