import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { DistrictComparison } from './DistrictComparison';

afterEach(cleanup);
// App fixture, 2021, status: Đà Lạt 2/2 NTM, Bảo Lộc no xã, Đam Rông 1/3, Đơn Dương 1/1,
// Đạ Tẻh 2/2 (Đạ Kho has no 2021 row).
beforeEach(() => resetStore({ measure: 'status', year: 2021 }));

const rowNames = () =>
  screen.getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent?.replace(/\s*\(đang chọn\)$/, ''));
const header = (name: RegExp) => screen.getByRole('columnheader', { name });

describe('DistrictComparison', () => {
  it('one row per district, share with met/known as text, status counts with bars', () => {
    render(<DistrictComparison />);
    expect(screen.getByRole('table', { name: 'Các huyện, thành phố theo Trạng thái nông thôn mới, năm 2021' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['Thành phố Đà Lạt', 'Thành phố Bảo Lộc', 'Huyện Đam Rông', 'Huyện Đơn Dương', 'Huyện Đạ Tẻh']);
    const damRong = document.querySelector('tr[data-district="674"]') as HTMLElement;
    expect(within(damRong).getByText('33%')).toBeInTheDocument();
    expect(within(damRong).getByText('1/3')).toBeInTheDocument();
    expect(damRong.querySelector('[data-col="chua_dat"]')?.textContent).toBe('2');
    expect(damRong.querySelector('[data-col="ntm"]')?.textContent).toBe('1');
    const baoLoc = document.querySelector('tr[data-district="673"]') as HTMLElement;
    expect(within(baoLoc).getByText('Không có xã')).toBeInTheDocument();
    const daTeh = document.querySelector('tr[data-district="682"]') as HTMLElement;
    expect(within(daTeh).getByText('(1 không có dữ liệu)')).toBeInTheDocument();
    // Bars are decorative: the fill width follows the share.
    expect((damRong.querySelector('[data-col="share"] .cell-bar-fill') as HTMLElement).style.width).toMatch(/^33\.3/);
    expect(damRong.querySelector('.cell-bar-track')).toHaveAttribute('aria-hidden', 'true');
  });

  it('sorts by a column: aria-sort flips and the order changes (nulls last both ways)', () => {
    render(<DistrictComparison />);
    const share = header(/Tỷ lệ xã đạt/);
    expect(share).not.toHaveAttribute('aria-sort');
    fireEvent.click(within(share).getByRole('button'));
    expect(header(/Tỷ lệ xã đạt/)).toHaveAttribute('aria-sort', 'ascending');
    let names = rowNames();
    expect(names[0]).toBe('Huyện Đam Rông');
    expect(names[4]).toBe('Thành phố Bảo Lộc');
    fireEvent.click(within(header(/Tỷ lệ xã đạt/)).getByRole('button'));
    expect(header(/Tỷ lệ xã đạt/)).toHaveAttribute('aria-sort', 'descending');
    names = rowNames();
    expect(names[3]).toBe('Huyện Đam Rông');
    expect(names[4]).toBe('Thành phố Bảo Lộc');

    fireEvent.click(within(header(/^Chưa đạt/)).getByRole('button'));
    expect(header(/^Chưa đạt/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Tỷ lệ xã đạt/)).not.toHaveAttribute('aria-sort');
    fireEvent.click(within(header(/^Chưa đạt/)).getByRole('button'));
    expect(rowNames()[0]).toBe('Huyện Đam Rông');

    fireEvent.click(within(header(/Huyện, thành phố/)).getByRole('button'));
    expect(rowNames()).toEqual(['Huyện Đạ Tẻh', 'Huyện Đam Rông', 'Huyện Đơn Dương', 'Thành phố Bảo Lộc', 'Thành phố Đà Lạt']);
  });

  it('selecting a row selects the district', () => {
    render(<DistrictComparison />);
    fireEvent.click(screen.getByRole('button', { name: 'Huyện Đạ Tẻh' }));
    expect(useApp.getState().selection).toEqual({ kind: 'district', code: '682' });
    expect(screen.getByRole('button', { name: 'Huyện Đạ Tẻh' })).toHaveAttribute('aria-current', 'true');
    expect(document.querySelector('tr[data-district="682"]')).toHaveClass('is-selected');
  });

  it('follows the measure, year and locale', () => {
    render(<DistrictComparison />);
    act(() => useApp.getState().setMeasure('c13'));
    const damRong = () => document.querySelector('tr[data-district="674"]') as HTMLElement;
    // 2021, criterion 13: Đạ M' Rong and Đạ Tông fail it, Rô Men meets it.
    expect(within(damRong()).getByText('1/3')).toBeInTheDocument();
    act(() => useApp.getState().setYear(2025));
    // 2025: all three meet it.
    expect(within(damRong()).getByText('3/3')).toBeInTheDocument();
    act(() => useApp.getState().setLocale('en'));
    expect(screen.getByRole('columnheader', { name: /Share meeting it/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đam Rông District' })).toBeInTheDocument();
  });
});
