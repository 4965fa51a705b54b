import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { DataTable } from './DataTable';

afterEach(cleanup);
beforeEach(() => resetStore({ measure: 'status', year: 2025 }));

const unitTable = () => screen.getByRole('table', { name: /^Các đơn vị cấp xã/ });
const firstColumn = (table: HTMLElement) =>
  within(table).getAllByRole('rowheader').map((th) => th.textContent);

describe('DataTable', () => {
  it('lists every unit with district, type, class, criteria count and status', () => {
    render(<DataTable />);
    const table = unitTable();
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 15);
    const row = within(table).getByRole('rowheader', { name: 'Xã Xuân Thọ' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Thành phố Đà Lạt', 'Xã', 'Đạt chuẩn NTM nâng cao', '19/19', 'Đạt chuẩn NTM nâng cao',
    ]);
    const ward = within(table).getByRole('rowheader', { name: 'Phường 1' }).closest('tr')!;
    expect(ward).toHaveTextContent('Phường/thị trấn — không xét tiêu chí xã');
  });

  it('lists districts in order, xã first, before any sort', () => {
    render(<DataTable />);
    expect(firstColumn(unitTable()).slice(0, 4)).toEqual(['Xã Tà Nung', 'Xã Xuân Thọ', 'Phường 1', 'Phường 2']);
  });

  it('sorts by a column: aria-sort and order toggle', () => {
    render(<DataTable />);
    const table = unitTable();
    const header = within(table).getByRole('columnheader', { name: /^Đơn vị/ });
    expect(header).not.toHaveAttribute('aria-sort');
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const asc = firstColumn(table);
    expect(asc).toEqual([...asc].sort((a, b) => a!.localeCompare(b!, 'vi', { numeric: true })));
    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn(table)).toEqual([...asc].reverse());
    // another column takes over aria-sort
    const status = within(table).getByRole('columnheader', { name: /^Trạng thái NTM/ });
    fireEvent.click(within(status).getByRole('button'));
    expect(status).toHaveAttribute('aria-sort', 'ascending');
    expect(header).not.toHaveAttribute('aria-sort');
    // status order: chưa đạt … kiểu mẫu, then no data, then not subject
    const firstRowStatus = within(table).getAllByRole('row')[1];
    expect(firstRowStatus).toHaveTextContent('Đạt chuẩn NTM');
    const rows = within(table).getAllByRole('row');
    expect(rows[rows.length - 1]).toHaveTextContent('Phường/thị trấn — không xét tiêu chí xã');
  });

  it('sorts the criteria count numerically, unknowns last', () => {
    resetStore({ measure: 'count', year: 2021 });
    render(<DataTable />);
    const table = unitTable();
    const header = within(table).getByRole('columnheader', { name: /^Số tiêu chí đạt/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Xã Đạ Tông'); // 16
    expect(within(table).getAllByRole('rowheader')[1]).toHaveTextContent("Xã Đạ M' Rong"); // 17
  });

  it('selects a unit from its name', () => {
    render(<DataTable />);
    fireEvent.click(screen.getByRole('button', { name: 'Xã Ka Đô' }));
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24943' });
  });

  it('adds a district table in district mode', () => {
    resetStore({ measure: 'status', year: 2025, districtMode: true });
    render(<DataTable />);
    const table = screen.getByRole('table', { name: /^Các huyện, thành phố/ });
    const row = within(table).getByRole('rowheader', { name: 'Huyện Đam Rông' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '2', '0', '1', '100%']);
    const city = within(table).getByRole('rowheader', { name: 'Thành phố Bảo Lộc' }).closest('tr')!;
    expect(city).toHaveTextContent('Không có xã (chỉ có phường)');
    fireEvent.click(within(table).getByRole('button', { name: 'Huyện Đam Rông' }));
    expect(useApp.getState().selection).toEqual({ kind: 'district', code: '674' });
  });
});
