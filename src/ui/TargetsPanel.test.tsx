import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { LEADERS_TARGETS } from '../../test/fixtures/leaders/dataset';
import { loadTargets, primeTargets } from '../data/loadTargets';
import { useApp } from '../state/store';
import { formatTargetPercent, TargetsPanel } from './TargetsPanel';

afterEach(cleanup);
beforeEach(() => resetLeadersStore({ year: 2025 }));

const item = (id: string) => {
  const el = document.querySelector<HTMLElement>(`[data-target="${id}"]`);
  if (!el) throw new Error(`no target ${id}`);
  return within(el);
};

describe('TargetsPanel', () => {
  it('lists every target with wording, threshold, value and a met / not met text', () => {
    render(<TargetsPanel />);
    expect(screen.getByRole('heading', { name: 'Mục tiêu đến năm 2025 (Kế hoạch 5306)' })).toBeInTheDocument();
    expect(document.querySelectorAll('.target-item')).toHaveLength(8);
    expect(screen.getByText('Toàn tỉnh, năm 2025')).toBeInTheDocument();
    expect(screen.getByText('2 đạt · 4 chưa đạt · 1 chưa có số liệu · 1 chưa đo được')).toBeInTheDocument();

    const i84 = item('I.2.a-4');
    expect(i84.getByText('Mục tiêu I.2.a-4')).toBeInTheDocument();
    expect(i84.getByText('từ 100% trở lên')).toBeInTheDocument();
    expect(i84.getByText('66,6%')).toBeInTheDocument();
    expect(i84.getByText('Chưa đạt mục tiêu')).toBeInTheDocument();
    expect(i84.getByText('2 trên 3 xã có dữ liệu đạt chỉ tiêu 8.4 (Bộ tiêu chí xã NTM) (66,6%).')).toBeInTheDocument();
    expect(i84.getByText('3 xã không có dữ liệu năm 2025, không tính vào mẫu số.')).toBeInTheDocument();
    expect(i84.getByText('3 phường, thị trấn không thuộc diện xét, không tính.')).toBeInTheDocument();

    const nc152 = item('I.2.a-6');
    expect(nc152.getByText('Đạt mục tiêu')).toBeInTheDocument();
    expect(nc152.getByText(/đạt chỉ tiêu 15.2 \(Bộ tiêu chí xã NTM nâng cao\)/)).toBeInTheDocument();

    // "> 50 %" at exactly 50 %: not met, and the wording says "trên".
    const nc84 = item('I.2.a-5');
    expect(nc84.getByText('trên 50%')).toBeInTheDocument();
    expect(nc84.getByText('50%')).toBeInTheDocument();
    expect(nc84.getByText('Chưa đạt mục tiêu')).toBeInTheDocument();
  });

  it('says plainly when a target cannot be measured or has no district data', () => {
    render(<TargetsPanel />);
    const nm = item('I.2.a-1');
    expect(nm.getByText('Chưa đo được từ số liệu')).toBeInTheDocument();
    expect(nm.getByText('Chưa đo được: Không có số hồ sơ.')).toBeInTheDocument();
    expect(nm.getByText('—')).toBeInTheDocument();
    const dist = item('I.2.a-7');
    expect(dist.getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(dist.getByText(/Chỉ tiêu 9.5 thuộc Bộ tiêu chí huyện; bảng số liệu chưa có số liệu cấp huyện \(3 đơn vị\)/)).toBeInTheDocument();
    const online = item('I.2.c-1');
    expect(online.getByText('Cấp huyện chưa có số liệu: 3 đơn vị cấp huyện chưa được tính.')).toBeInTheDocument();
    const pilot = item('I.2.d-1');
    expect(pilot.getByText('1 xã')).toBeInTheDocument();
    expect(pilot.getByText('Đếm các xã thí điểm xã NTM thông minh (mục II.2.đ): Xã An Phú (Huyện Hồ Xanh).')).toBeInTheDocument();
  });

  it('follows the store year and the locale', () => {
    render(<TargetsPanel />);
    act(() => useApp.getState().setYear(2023));
    expect(item('I.2.a-4').getByText('100%')).toBeInTheDocument();
    expect(item('I.2.a-4').getByText('Đạt mục tiêu')).toBeInTheDocument();
    act(() => useApp.getState().setLocale('en'));
    expect(item('I.2.a-4').getByText('Target met')).toBeInTheDocument();
    expect(item('I.2.a-1').getByText('Not measurable yet: No record counts.')).toBeInTheDocument();
    expect(item('I.2.a-5').getByText('more than 50%')).toBeInTheDocument();
  });

  it('scopes to a district; an all-ward city has no xã and no 0 %', () => {
    const { rerender } = render(<TargetsPanel districtCode="903" />);
    expect(screen.getByText('Huyện Đá Trắng, năm 2025')).toBeInTheDocument();
    expect(item('I.2.a-4').getByText('Cả 2 xã đều không có dữ liệu năm 2025.')).toBeInTheDocument();
    rerender(<TargetsPanel districtCode="902" />);
    expect(item('I.2.a-4').getByText('Phạm vi này không có xã (chỉ có phường, thị trấn).')).toBeInTheDocument();
    expect(item('I.2.a-4').getByText('Chưa có số liệu')).toBeInTheDocument();
    expect(screen.queryByText('0%')).toBeNull();
    expect(item('I.2.d-1').getByText('Mục tiêu chung của toàn tỉnh: tính trên cả tỉnh.')).toBeInTheDocument();
  });
});

describe('formatTargetPercent', () => {
  it('rounds down so a value under the threshold never reads as meeting it', () => {
    expect(formatTargetPercent(99.96, 'vi')).toBe('99,9%');
    expect(formatTargetPercent(100, 'vi')).toBe('100%');
    expect(formatTargetPercent(40, 'en')).toBe('40%');
    expect(formatTargetPercent((2 / 3) * 100, 'en')).toBe('66.6%');
  });
});

describe('TargetsPanel before targets.json is here', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says it is loading, then says in words what failed, and a retry shows the targets', async () => {
    primeTargets(null);
    const fetchMock = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(JSON.stringify({ targets: LEADERS_TARGETS }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<TargetsPanel />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải các mục tiêu của Kế hoạch 5306…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được các mục tiêu của Kế hoạch 5306. Bản đồ và các phần khác vẫn dùng được.');
    expect(fetchMock).toHaveBeenCalledWith('data/targets.json', expect.anything());
    await act(async () => within(alert).getByRole('button', { name: 'Thử lại' }).click());
    await screen.findByText('Toàn tỉnh, năm 2025');
    expect(document.querySelectorAll('.target-item')).toHaveLength(LEADERS_TARGETS.length);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('rejects a file that is not a targets file, naming it', async () => {
    primeTargets(null);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify([{ id: 'x' }]), { status: 200 })));
    await expect(loadTargets()).rejects.toThrow('data/targets.json: not a targets file');
  });
});
