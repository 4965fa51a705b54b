import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { useApp } from '../state/store';
import { DistrictSummary } from './DistrictSummary';

afterEach(cleanup);

const statusCount = (key: string) =>
  document.querySelector(`.summary-status tr[data-class="${key}"] td`)?.textContent;
const criteriaOrder = () => [...document.querySelectorAll<HTMLElement>('.criteria-bars li')].map((li) => Number(li.dataset.criterion));

describe('DistrictSummary (app fixture)', () => {
  it('Đạ Tẻh 2025: xã count, statuses, recognition with year, pilots, communes', () => {
    resetStore({ year: 2025 });
    render(<DistrictSummary code="682" />);
    expect(screen.getByText('3 xã thuộc diện xét Bộ tiêu chí xã NTM; 1 phường, thị trấn không xét')).toBeInTheDocument();
    expect(statusCount('chua_dat')).toBe('0');
    expect(statusCount('ntm')).toBe('1');
    expect(statusCount('kieu_mau')).toBe('2');
    expect(statusCount('at_least_ntm')).toBe('3/3');
    expect(screen.getByText('Huyện đạt chuẩn nông thôn mới năm 2019')).toBeInTheDocument();
    const pilots = within(document.querySelector('.summary-pilots') as HTMLElement);
    expect(pilots.getByRole('button', { name: 'Xã Mỹ Đức' })).toBeInTheDocument();
    expect(pilots.getByText(/NTM thông minh, thương mại điện tử, mục II.2.đ/)).toBeInTheDocument();
    expect(pilots.getByText(/Xã hội số, mục II.4.d/)).toBeInTheDocument();
    const communes = within(document.querySelector('.summary-communes') as HTMLElement);
    expect(communes.getAllByRole('button').map((b) => b.textContent)).toEqual(['Xã Đạ Kho', 'Xã Mỹ Đức', 'Xã Quảng Trị', 'Thị trấn Đạ Tẻh']);
    expect(communes.getAllByText(/Phường\/thị trấn — không xét tiêu chí xã/)).toHaveLength(1);
    // 19 criteria bars, each with its number as text.
    expect(criteriaOrder()).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(within(document.querySelector('li[data-criterion="8"]') as HTMLElement).getByText(/3\/3 xã \(100%\)/)).toBeInTheDocument();
  });

  it('a commune button selects the commune', () => {
    resetStore({ year: 2025 });
    render(<DistrictSummary code="682" />);
    fireEvent.click(within(document.querySelector('.summary-communes') as HTMLElement).getByRole('button', { name: 'Xã Quảng Trị' }));
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '25138' });
  });

  it('no published recognition: says so, never invents one; a city says "hoàn thành nhiệm vụ"', () => {
    resetStore({ year: 2025 });
    const { rerender } = render(<DistrictSummary code="674" />);
    expect(screen.getByText('Chưa có quyết định công nhận được công bố')).toBeInTheDocument();
    expect(screen.getByText('Kế hoạch không nêu xã thí điểm nào trong huyện này.')).toBeInTheDocument();
    expect(statusCount('no_data')).toBe('1'); // Đạ M' Rong: null status in 2025
    rerender(<DistrictSummary code="672" />);
    expect(screen.getByText('Hoàn thành nhiệm vụ xây dựng nông thôn mới')).toBeInTheDocument();
    expect(screen.getByText('Năm quyết định chưa chắc chắn')).toBeInTheDocument();
  });

  it("shows the recognition note in the reader's language, one language at a time", () => {
    resetStore({ year: 2025 });
    render(<DistrictSummary code="672" />);
    expect(screen.getByText('Năm quyết định chưa chắc chắn')).toBeInTheDocument();
    expect(screen.queryByText(/uncertain/)).toBeNull();
    act(() => useApp.getState().setLocale('en'));
    expect(screen.getByText('The year of the decision is uncertain')).toBeInTheDocument();
    expect(screen.queryByText('Năm quyết định chưa chắc chắn')).toBeNull();
  });

  it('an all-ward city: no xã, no status table or criteria bars, its wards still listed', () => {
    resetStore({ year: 2025 });
    render(<DistrictSummary code="673" />);
    expect(screen.getByText('Không có xã thuộc diện xét Bộ tiêu chí xã NTM (chỉ có phường, thị trấn).')).toBeInTheDocument();
    expect(document.querySelector('.summary-status')).toBeNull();
    expect(document.querySelector('.criteria-bars')).toBeNull();
    expect(within(document.querySelector('.summary-communes') as HTMLElement).getAllByRole('button')).toHaveLength(2);
  });
});

describe('DistrictSummary (leaders fixture)', () => {
  it('toggles criteria order: by number, then by share (lowest last)', () => {
    resetLeadersStore({ year: 2025 });
    render(<DistrictSummary code="901" />);
    // Hồ Xanh 2025: Cát Lâm fails 8 and 13 → 2/3; the rest 3/3; Đồng Tâm has no row.
    expect(within(document.querySelector('li[data-criterion="13"]') as HTMLElement).getByText(/2\/3 xã \(67%\)/)).toBeInTheDocument();
    expect(within(document.querySelector('li[data-criterion="13"]') as HTMLElement).getByText(/1 xã không có dữ liệu/)).toBeInTheDocument();
    const byShare = screen.getByRole('button', { name: 'Theo tỷ lệ đạt' });
    expect(byShare).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(byShare);
    expect(byShare).toHaveAttribute('aria-pressed', 'true');
    const order = criteriaOrder();
    expect(order.slice(-2)).toEqual([8, 13]);
    expect(order).toHaveLength(19);
    fireEvent.click(screen.getByRole('button', { name: 'Theo số tiêu chí' }));
    expect(criteriaOrder()[7]).toBe(8);
  });

  it('all-null year: every status is no data and the bars say no data', () => {
    resetLeadersStore({ year: 2025 });
    render(<DistrictSummary code="903" />);
    expect(statusCount('no_data')).toBe('2');
    expect(statusCount('at_least_ntm')).toBe('0/2');
    expect(within(document.querySelector('li[data-criterion="1"]') as HTMLElement).getByText('Không có dữ liệu')).toBeInTheDocument();
    expect(screen.getByText('Mục tiêu năm 2024; chưa tìm thấy kết quả')).toBeInTheDocument();
    act(() => useApp.getState().setYear(2023));
    expect(statusCount('ntm')).toBe('2');
  });

  it('has a print button and the district targets for print', () => {
    resetLeadersStore({ year: 2025 });
    render(<DistrictSummary code="901" />);
    expect(screen.getByRole('button', { name: /In trang/ })).toBeInTheDocument();
    const printTargets = document.querySelector('.print-targets') as HTMLElement;
    expect(within(printTargets).getAllByRole('row').length).toBeGreaterThan(1);
    expect(printTargets).toHaveClass('print-only');
    expect(within(printTargets).getByText('Huyện Hồ Xanh, năm 2025')).toBeInTheDocument();
  });
});
