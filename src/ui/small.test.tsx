// Tests of the small components: MeasurePicker, YearControl, LanguageToggle, Header, SourceLine, HoverCard.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { Header } from './Header';
import { HoverCard } from './HoverCard';
import { LanguageToggle } from './LanguageToggle';
import { MeasurePicker } from './MeasurePicker';
import { SourceLine } from './SourceLine';
import { YearControl } from './YearControl';

afterEach(cleanup);
beforeEach(() => resetStore());

describe('MeasurePicker', () => {
  it('is one labelled select with the eight groups and every measure', () => {
    render(<MeasurePicker />);
    const select = screen.getByRole('combobox', { name: 'Hiển thị theo' });
    const groups = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(groups).toEqual([
      'Trạng thái NTM', 'Thay đổi giữa hai năm', 'Số tiêu chí đạt', 'Mô hình thí điểm', 'Công nhận cấp huyện', 'Tiêu chí xã NTM (1–19)',
      'Chỉ tiêu 8.1–8.4 (Thông tin và Truyền thông)', 'Chỉ tiêu bộ NTM nâng cao (cần kiểm chứng)',
    ]);
    expect(within(select).getAllByRole('option')).toHaveLength(30);
    expect(within(select).getByRole('option', { name: 'Tiêu chí 10: Thu nhập' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: /^Chỉ tiêu 15\.2 \(NTM nâng cao\).*\(cần kiểm chứng\)$/ })).toBeInTheDocument();
  });

  it('sets the measure in the store', () => {
    render(<MeasurePicker />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'c8' } });
    expect(useApp.getState().measure).toBe('c8');
  });
});

describe('YearControl', () => {
  it('is a labelled radio group of the data years and sets the year', () => {
    resetStore({ year: 2025 });
    render(<YearControl />);
    const group = screen.getByRole('group', { name: 'Năm' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(within(group).getByRole('radio', { name: '2025' })).toBeChecked();
    fireEvent.click(within(group).getByRole('radio', { name: '2022' }));
    expect(useApp.getState().year).toBe(2022);
    expect(within(group).getByRole('radio', { name: '2022' })).toBeChecked();
  });
});

describe('LanguageToggle and Header', () => {
  it('switches the locale and the page language', () => {
    render(<><Header><LanguageToggle /></Header></>);
    expect(screen.getByRole('heading', { level: 1, name: 'Bản đồ số Nông thôn mới tỉnh Lâm Đồng' })).toBeInTheDocument();
    expect(screen.getByText(/5306\/KH-UBND/)).toBeInTheDocument();
    const vi = screen.getByRole('button', { name: /Tiếng Việt/ });
    const en = screen.getByRole('button', { name: /English/ });
    expect(vi).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(en);
    expect(useApp.getState().locale).toBe('en');
    expect(en).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lâm Đồng New Rural Development digital map');
  });
});

describe('SourceLine', () => {
  it('shows source, date and the illustrative badge', () => {
    render(<SourceLine note />);
    expect(screen.getByText('Số liệu minh họa')).toHaveClass('badge');
    expect(screen.getByText('Số liệu tính đến 31/12/2025')).toBeInTheDocument();
    expect(screen.getByText(/không phải kết quả chính thức/)).toBeInTheDocument();
  });

  it('links a row source URL and drops the badge for real data', () => {
    const ds = makeFixture();
    ds.meta.illustrative = false;
    ds.meta.attainmentSource = { label: 'Báo Lâm Đồng', url: 'https://baolamdong.vn/x', date: '2023-09-13' };
    resetStore({ data: ds, locale: 'en' });
    render(<SourceLine />);
    expect(screen.getByRole('link', { name: 'Báo Lâm Đồng' })).toHaveAttribute('href', 'https://baolamdong.vn/x');
    expect(screen.queryByText('Illustrative data')).toBeNull();
    expect(screen.getByText('Data as of 31 December 2025')).toBeInTheDocument();
  });
});

describe('HoverCard', () => {
  it('shows name, district and class of a commune', () => {
    resetStore({ measure: 'status', year: 2025 });
    render(<HoverCard selection={{ kind: 'commune', gso: '25135' }} />);
    expect(screen.getByText('Xã Mỹ Đức')).toBeInTheDocument();
    expect(screen.getByText('Huyện Đạ Tẻh')).toBeInTheDocument();
    expect(screen.getByText('Đạt chuẩn NTM kiểu mẫu')).toBeInTheDocument();
  });

  it('shows the share for a district, and nothing for unknown ids', () => {
    resetStore({ measure: 'status', year: 2021 });
    const { container, rerender } = render(<HoverCard selection={{ kind: 'district', code: '674' }} />);
    expect(screen.getByText('1/3 xã có dữ liệu đạt (33%)')).toBeInTheDocument();
    rerender(<HoverCard selection={{ kind: 'commune', gso: 'nope' }} />);
    expect(container).toBeEmptyDOMElement();
    act(() => useApp.getState().setLocale('en'));
    rerender(<HoverCard selection={{ kind: 'commune', gso: '24769' }} />);
    expect(screen.getByText('Ward/township: commune criteria do not apply')).toBeInTheDocument();
  });
});
