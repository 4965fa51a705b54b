import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { DetailPanel } from './DetailPanel';

afterEach(cleanup);
beforeEach(() => resetStore({ year: 2021 }));

const commune = (gso: string) => act(() => useApp.getState().select({ kind: 'commune', gso }));

describe('DetailPanel', () => {
  it('renders nothing without a selection', () => {
    const { container } = render(<DetailPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a xã: name, district, type, status and the 19-criteria checklist with text', () => {
    render(<DetailPanel />);
    commune('24859'); // Đạ M' Rong, 2021: 17/19, criteria 10 and 13 not met
    expect(screen.getByRole('heading', { level: 2, name: "Xã Đạ M' Rong" })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Huyện Đam Rông' })).toBeInTheDocument();
    expect(screen.getByText('Trạng thái năm 2021')).toBeInTheDocument();
    expect(screen.getAllByText('Chưa đạt chuẩn').length).toBeGreaterThan(0);
    expect(screen.getByText('Đạt 17/19 tiêu chí')).toBeInTheDocument();
    const items = document.querySelectorAll('ol.checklist > li');
    expect(items).toHaveLength(19);
    const c13 = document.querySelector('li[data-criterion="13"]')!;
    expect(c13).toHaveTextContent('Tổ chức sản xuất và phát triển kinh tế nông thôn');
    expect(c13).toHaveTextContent('✗Chưa đạt');
    expect(document.querySelector('li[data-criterion="1"]')).toHaveTextContent('✓Đạt');
    // indicators 8.1-8.4 and the advanced ones
    expect(document.querySelector('li[data-indicator="8.4"]')).toHaveTextContent('Xã có ứng dụng công nghệ thông tin');
    expect(screen.getByText('Chỉ tiêu bộ NTM nâng cao (cần kiểm chứng)')).toBeInTheDocument();
    expect(document.querySelector('li[data-indicator="nc15.2"]')).toHaveTextContent('?Không có dữ liệu');
    // pilot and source
    expect(screen.getByText('Không thuộc danh sách xã thí điểm của Kế hoạch 5306/KH-UBND.')).toBeInTheDocument();
    expect(screen.getByText('Số liệu minh họa')).toBeInTheDocument();
    expect(screen.getByText('Số liệu tính đến 31/12/2025')).toBeInTheDocument();
  });

  it('shows no data for a missing year, never a status, with the last known year apart', () => {
    resetStore({ year: 2023 });
    render(<DetailPanel />);
    commune('24859'); // no 2023 row
    expect(screen.getByText('Không có dữ liệu của xã này cho năm 2023.')).toBeInTheDocument();
    expect(document.querySelector('.status-line')).toHaveAttribute('data-class', 'no_data');
    expect(document.querySelector('.status-line')).toHaveTextContent('Không có dữ liệu');
    expect(screen.getByText('Số liệu gần nhất: năm 2022, Chưa đạt chuẩn.')).toBeInTheDocument();
    expect(document.querySelector('ol.checklist')).toBeNull();
  });

  it('shows null criteria as "no data" (icon and text)', () => {
    resetStore({ year: 2023 });
    render(<DetailPanel />);
    commune('24808'); // Tà Nung 2023: criterion 8 null
    expect(document.querySelector('li[data-criterion="8"]')).toHaveTextContent('?Không có dữ liệu');
    expect(screen.getByText('Đạt 18/19 tiêu chí (1 tiêu chí không có dữ liệu)')).toBeInTheDocument();
  });

  it('shows a null status as no data even when criteria are known', () => {
    resetStore({ year: 2025 });
    render(<DetailPanel />);
    commune('24859');
    expect(document.querySelector('.status-line')).toHaveTextContent('Không có dữ liệu');
  });

  it('shows recognition details and the pilot model', () => {
    resetStore({ year: 2022 });
    render(<DetailPanel />);
    commune('25138'); // Quảng Trị: kiểu mẫu, 2016-2020 vintage in 2022, pilot digital society
    expect(document.querySelector('.status-line')).toHaveTextContent('Đạt chuẩn NTM kiểu mẫu');
    expect(within(document.querySelectorAll<HTMLElement>('dl.facts')[1]!).getByText('2021')).toBeInTheDocument();
    expect(screen.getByText('Quyết định ngày 16/6/2021')).toBeInTheDocument();
    expect(screen.getByText('Bộ tiêu chí của tỉnh, giai đoạn 2016–2020')).toBeInTheDocument();
    expect(screen.getByText('Xã hội số (mục II.4.d, Kế hoạch 5306/KH-UBND)')).toBeInTheDocument();
  });

  it("shows a commune's status and criteria met for every year of the data, as a table", () => {
    resetStore({ year: 2022 });
    render(<DetailPanel />);
    commune('24859'); // Đạ M' Rong: 2021 chưa đạt, no 2023 row, 2025 null status
    const rows = [...document.querySelectorAll<HTMLElement>('.commune-timeline tbody tr')];
    expect(rows.map((r) => r.dataset.year)).toEqual(useApp.getState().data!.meta.years.map(String));
    const byYear = Object.fromEntries(rows.map((r) => [r.dataset.year, r.dataset.class]));
    expect(byYear['2021']).toBe('chua_dat');
    expect(byYear['2023']).toBe('no_data');
    expect(document.querySelector('.commune-timeline tr.is-current')!.getAttribute('data-year')).toBe('2022');
    fireEvent.click(screen.getByRole('button', { name: 'Xem năm 2021 trên bản đồ' }));
    expect(useApp.getState().year).toBe(2021);
  });

  it('says a phường or thị trấn is not subject to the commune criteria', () => {
    render(<DetailPanel />);
    commune('25126');
    expect(screen.getByText('Thị trấn không thuộc đối tượng xét Bộ tiêu chí xã NTM.')).toBeInTheDocument();
    expect(document.querySelector('ol.checklist')).toBeNull();
  });

  it('shows a district: recognition, counts, share and its communes as buttons', async () => {
    resetStore({ year: 2025, measure: 'status' });
    render(<DetailPanel />);
    act(() => useApp.getState().select({ kind: 'district', code: '674' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Huyện Đam Rông' })).toBeInTheDocument();
    // The district summary is its own chunk (a commune's panel does not wait for it).
    expect(await screen.findByText('Chưa có quyết định công nhận được công bố')).toBeInTheDocument();
    const counts = document.querySelector('.summary-status')!;
    // The district summary's row header carries a long label and a print-only short one (jsdom has no CSS).
    expect(within(counts as HTMLElement).getByRole('rowheader', { name: /^Đạt chuẩn NTM ?NTM( \d+)?$/ }).closest('tr')).toHaveTextContent('1');
    expect(screen.getByText('2/2 xã có dữ liệu đạt (100%)')).toBeInTheDocument();
    expect(screen.getByText('1 xã không có dữ liệu (không tính vào tỷ lệ).')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Xã Rô Men' }));
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24877' });
  });

  it('labels a city as "hoàn thành nhiệm vụ" and an all-ward city as having no xã', async () => {
    render(<DetailPanel />);
    act(() => useApp.getState().select({ kind: 'district', code: '673' }));
    expect(await screen.findByText(/^Hoàn thành nhiệm vụ xây dựng nông thôn mới/)).toBeInTheDocument();
    expect(screen.getByText('Không có xã thuộc đối tượng xét tiêu chí xã NTM.')).toBeInTheDocument();
  });

  it('closes with the close button', () => {
    render(<DetailPanel />);
    commune('24805');
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(useApp.getState().selection).toBeNull();
  });

  it('renders data text as text, never as HTML, and links only http(s) sources', () => {
    const ds = makeFixture();
    ds.units[0].fullName = '<img src=x onerror="window.__pwned=1">';
    const r = ds.attainment.find((x) => x.gso === '24805' && x.year === 2021)!;
    r.decision = '<b>QĐ</b>';
    r.source = 'javascript:alert(1)';
    resetStore({ data: ds, year: 2021 });
    render(<DetailPanel />);
    commune('24805');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(document.querySelector('.detail-panel img')).toBeNull();
    expect(screen.getByText('<b>QĐ</b>')).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('speaks English', () => {
    resetStore({ year: 2021, locale: 'en' });
    render(<DetailPanel />);
    commune('24859');
    expect(screen.getByRole('heading', { level: 2, name: "Đạ M' Rong Commune" })).toBeInTheDocument();
    expect(screen.getByText('17 of 19 criteria met')).toBeInTheDocument();
    expect(screen.getByText('Data as of 31 December 2025')).toBeInTheDocument();
  });
});
