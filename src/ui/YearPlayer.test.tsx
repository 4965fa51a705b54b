import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetLeadersStore } from '../../test/fixtures/leaders/store';
import { useApp } from '../state/store';
import { STEP_MS, STEP_MS_REDUCED, YearPlayer } from './YearPlayer';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
beforeEach(() => {
  vi.useFakeTimers();
  resetLeadersStore({ year: 2021 });
});

describe('YearPlayer', () => {
  it('plays through the years of the data and stops at the last one', () => {
    render(<YearPlayer />);
    fireEvent.click(screen.getByRole('button', { name: /Phát các năm/ }));
    expect(screen.getByRole('button', { name: /Tạm dừng/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(useApp.getState().year).toBe(2023); // the fixture has 2021, 2023, 2025
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(useApp.getState().year).toBe(2025);
    expect(screen.getByRole('button', { name: /Phát các năm/ })).toHaveAttribute('aria-pressed', 'false');
    act(() => vi.advanceTimersByTime(STEP_MS * 3));
    expect(useApp.getState().year).toBe(2025);
    // From the last year, play starts over.
    fireEvent.click(screen.getByRole('button', { name: /Phát các năm/ }));
    expect(useApp.getState().year).toBe(2021);
  });

  it('pauses, and steps slower when the reader prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), media: q, addEventListener() {}, removeEventListener() {} }));
    render(<YearPlayer />);
    fireEvent.click(screen.getByRole('button', { name: /Phát các năm/ }));
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(useApp.getState().year).toBe(2021);
    act(() => vi.advanceTimersByTime(STEP_MS_REDUCED - STEP_MS));
    expect(useApp.getState().year).toBe(2023);
    fireEvent.click(screen.getByRole('button', { name: /Tạm dừng/ }));
    act(() => vi.advanceTimersByTime(STEP_MS_REDUCED * 2));
    expect(useApp.getState().year).toBe(2023);
  });

  it('has a year slider that names the year', () => {
    render(<YearPlayer slider />);
    const slider = screen.getByRole('slider', { name: 'Năm' });
    expect(slider).toHaveAttribute('aria-valuetext', '2021');
    fireEvent.change(slider, { target: { value: '2' } });
    expect(useApp.getState().year).toBe(2025);
  });
});
