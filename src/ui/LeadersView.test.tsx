import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { useApp } from '../state/store';
import { LeadersView } from './LeadersView';
import { YearOverYear } from './YearOverYear';

afterEach(cleanup);
beforeEach(() => resetLeadersStore({ year: 2025 }));

const yoyCells = (key: string) =>
  [...document.querySelectorAll(`.yoy-table tr[data-class="${key}"] td`)].map((td) => td.textContent);

describe('YearOverYear', () => {
  it('defaults to first → last year for the province, with signed deltas', () => {
    render(<YearOverYear />);
    expect(screen.getByLabelText('Từ năm')).toHaveValue('2021');
    expect(screen.getByLabelText('Đến năm')).toHaveValue('2025');
    expect(screen.getByRole('table', { name: 'Số xã theo trạng thái, Toàn tỉnh: năm 2021 và năm 2025' })).toBeInTheDocument();
    expect(yoyCells('chua_dat')).toEqual(['3', '1', '\u22122']);
    expect(yoyCells('nang_cao')).toEqual(['0', '1', '+1']);
    expect(yoyCells('no_data')).toEqual(['0', '3', '+3']);
    expect(yoyCells('at_least_ntm')).toEqual(['3/6', '2/6', '\u22121']);
    expect(yoyCells('at_least_nang_cao')).toEqual(['0', '1', '+1']);
    expect(screen.getByText(/Lên hạng: 1 xã · xuống hạng: 0 xã · giữ nguyên: 2 xã/)).toBeInTheDocument();
  });

  it('changes with the chosen years and the district', () => {
    const { rerender } = render(<YearOverYear />);
    fireEvent.change(screen.getByLabelText('Từ năm'), { target: { value: '2023' } });
    expect(yoyCells('chua_dat')).toEqual(['1', '1', '0']);
    rerender(<YearOverYear districtCode="901" />);
    expect(screen.getByRole('table', { name: /Huyện Hồ Xanh: năm 2023 và năm 2025/ })).toBeInTheDocument();
    expect(yoyCells('ntm')).toEqual(['2', '1', '\u22121']);
    rerender(<YearOverYear districtCode="902" />);
    expect(screen.getByText('Không có xã thuộc diện xét Bộ tiêu chí xã NTM.')).toBeInTheDocument();
  });
});

describe('LeadersView', () => {
  it('shows the comparison, the province targets and the change table', () => {
    render(<LeadersView />);
    expect(screen.getByRole('heading', { name: 'So sánh huyện và mục tiêu đến năm 2025' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'So sánh các huyện, thành phố' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Mục tiêu đến năm 2025 (Kế hoạch 5306)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Thay đổi giữa hai năm' })).toBeInTheDocument();
    expect(document.querySelector('.targets-panel')).toHaveAttribute('data-scope', 'province');
    expect(screen.queryByRole('group', { name: 'Phạm vi' })).toBeNull();
  });

  it('selecting a district in the table scopes targets and change to it, with a way back to the province', () => {
    render(<LeadersView />);
    fireEvent.click(within(document.querySelector<HTMLElement>('.district-comparison')!).getByRole('button', { name: 'Huyện Hồ Xanh' }));
    expect(useApp.getState().selection).toEqual({ kind: 'district', code: '901' });
    expect(document.querySelector('.targets-panel')).toHaveAttribute('data-scope', '901');
    expect(document.querySelector('.year-over-year')).toHaveAttribute('data-scope', '901');
    const scope = screen.getByRole('group', { name: 'Phạm vi' });
    fireEvent.click(within(scope).getByLabelText('Toàn tỉnh'));
    expect(document.querySelector('.targets-panel')).toHaveAttribute('data-scope', 'province');
    act(() => useApp.getState().select({ kind: 'commune', gso: '90301' }));
    // A commune selection offers its district as the scope.
    expect(within(screen.getByRole('group', { name: 'Phạm vi' })).getByLabelText('Huyện Đá Trắng')).toBeInTheDocument();
  });

  it('target values follow the year', () => {
    render(<LeadersView />);
    const value = () => document.querySelector('[data-target="I.2.a-4"] .target-value')?.textContent;
    expect(value()).toBe('66,6%');
    act(() => useApp.getState().setYear(2023));
    expect(value()).toBe('100%');
    act(() => useApp.getState().setYear(2024));
    expect(value()).toBe('—');
  });
});
