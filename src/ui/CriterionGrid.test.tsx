import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { useApp } from '../state/store';
import { CriterionGrid } from './CriterionGrid';

afterEach(cleanup);
beforeEach(() => resetLeadersStore({ year: 2021 }));

const cell = (district: string, col: string) =>
  document.querySelector<HTMLElement>(`.grid-table tr[data-district="${district}"] td[data-col="${col}"]`)!;

describe('CriterionGrid', () => {
  it('is a table with a row per district, the province in the footer, and the counts in each cell', () => {
    render(<CriterionGrid />);
    const table = screen.getByRole('table', { name: /năm 2021/ });
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Huyện Hồ Xanh', 'Thành phố Phố Núi', 'Huyện Đá Trắng', 'Toàn tỉnh']);
    // Hồ Xanh 2021: 2 of 4 xã meet criterion 8.
    expect(cell('901', 'c8').textContent).toBe('50%2/4');
    expect(within(cell('901', 'c8')).getByRole('button').getAttribute('aria-label')).toBe('Huyện Hồ Xanh, Tiêu chí 8: 50%, 2/4 xã');
    expect(cell('902', 'c8').textContent).toBe('—');
    expect(cell('province', 'at_least_ntm').textContent).toBe('50%3/6');
    expect(cell('901', 'recognition').textContent).toContain('Đạt chuẩn 2019');
    expect(cell('902', 'recognition').textContent).toContain('Hoàn thành nhiệm vụ');
    expect(cell('903', 'recognition').textContent).toContain('Chưa có quyết định');
  });

  it('a cell colours the map by its measure and selects the district', () => {
    render(<CriterionGrid />);
    fireEvent.click(within(cell('901', 'c8')).getByRole('button'));
    expect(useApp.getState().measure).toBe('c8');
    expect(useApp.getState().selection).toEqual({ kind: 'district', code: '901' });
    expect(within(cell('901', 'c8')).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  });

  it('sorts by any column', () => {
    render(<CriterionGrid />);
    const th = document.querySelector('.grid-table thead th[data-col="c13"]')!;
    fireEvent.click(within(th as HTMLElement).getByRole('button'));
    expect(th).toHaveAttribute('aria-sort', 'ascending');
    // c8 2021: Hồ Xanh 2/4, Đá Trắng 2/2; Phố Núi (no xã) last in both directions.
    const order = () => [...document.querySelectorAll('.grid-table tbody tr')].map((tr) => tr.getAttribute('data-district'));
    const c8 = within(document.querySelector('.grid-table thead th[data-col="c8"]') as HTMLElement).getByRole('button');
    fireEvent.click(c8);
    expect(order()).toEqual(['901', '903', '902']);
    fireEvent.click(c8);
    expect(order()).toEqual(['903', '901', '902']);
  });
});
