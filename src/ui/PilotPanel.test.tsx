import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { PilotPanel } from './PilotPanel';

afterEach(cleanup);
beforeEach(() => resetStore());

describe('PilotPanel', () => {
  it('groups pilots by model type with section, district and count', () => {
    render(<PilotPanel />);
    expect(screen.getByRole('heading', { level: 2, name: 'Xã thí điểm theo Kế hoạch 5306/KH-UBND' })).toBeInTheDocument();
    const groups = screen.getAllByRole('heading', { level: 3 });
    expect(groups.map((h) => h.textContent)).toEqual([
      'II.2.đ · NTM thông minh, thương mại điện tử (2 xã)',
      'II.3.d · Kinh tế số (1 xã)',
      'II.4.d · Xã hội số (1 xã)',
    ]);
    const smart = screen.getByRole('list', { name: /II\.2\.đ/ });
    const items = within(smart).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Xã Xuân Thọ');
    expect(items[0]).toHaveTextContent('Thành phố Đà Lạt · Mục II.2.đ');
  });

  it('selects a commune when its button is pressed, and marks it current', () => {
    render(<PilotPanel />);
    const btn = screen.getByRole('button', { name: 'Xã Mỹ Đức' });
    fireEvent.click(btn);
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '25135' });
    expect(btn).toHaveAttribute('aria-current', 'true');
  });

  it('speaks English', () => {
    resetStore({ locale: 'en' });
    render(<PilotPanel />);
    expect(screen.getByRole('button', { name: 'Ka Đô Commune' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Digital economy \(1 listed\)/ })).toBeInTheDocument();
  });
});
