import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetStore } from '../../test/fixtures/app/store';
import { useApp } from '../state/store';
import { SearchBox } from './SearchBox';

afterEach(cleanup);
beforeEach(() => resetStore());

function setup() {
  render(<SearchBox />);
  const input = screen.getByRole('combobox', { name: 'Tìm xã, phường, thị trấn hoặc huyện' });
  return { input };
}

describe('SearchBox', () => {
  it('is an ARIA combobox wired to its listbox', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const listId = input.getAttribute('aria-controls')!;
    expect(document.getElementById(listId)).toHaveAttribute('role', 'listbox');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'xuan tho' } });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Xã Xuân Thọ');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Thành phố Đà Lạt');
  });

  it('type "xuan tho", ArrowDown, Enter → selects Xuân Thọ in the store', () => {
    const { input } = setup();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'xuan tho' } });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = screen.getAllByRole('option')[0];
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24805' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Xã Xuân Thọ');
  });

  it('moves with ArrowUp/ArrowDown (wrapping) and selects a district', () => {
    const { input } = setup();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'da teh' } });
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Huyện Đạ Tẻh');
    fireEvent.keyDown(input, { key: 'ArrowUp' }); // to the last
    expect(input).toHaveAttribute('aria-activedescendant', options[options.length - 1].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' }); // wraps to the first
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useApp.getState().selection).toEqual({ kind: 'district', code: '682' });
  });

  it('Escape closes the list, a second Escape clears the text', () => {
    const { input } = setup();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'dam rong' } });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('');
    expect(useApp.getState().selection).toBeNull();
  });

  it('selects with the mouse and says when nothing matches', () => {
    const { input } = setup();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(screen.getAllByText('Không tìm thấy kết quả').length).toBeGreaterThan(0);
    fireEvent.change(input, { target: { value: 'Đạ M\' Rong' } });
    fireEvent.mouseDown(screen.getAllByRole('option')[0]);
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24859' });
  });
});
