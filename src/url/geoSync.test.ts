// Store ⇄ URL for today's geography (issue 13), in jsdom: choosing today's boundaries and one of
// today's units is a navigational change written as v2 with geo=2025; a link with geo=2025 opens
// today's unit (never the plan's unit with the same, reused code).
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS, useApp } from '../state/store';
import { makeFixture } from '../../test/fixtures/app/ntm.fixture';
import type { GeographySummary } from '../domain/todayTypes';
import { startUrlSync } from './useUrlSync';
import { effectiveGeography } from '../state/useGeography';

const src = { label: 'x', url: null, date: '2025' };
const GEOS: GeographySummary[] = [
  { id: '2020', name_vi: 'a', name_en: 'a', validFrom: '2020-01-01', validTo: '2024-11-30', basis: 'NQ 833', defaultFor: { from: 2021, to: 2025 }, readable: { from: 2021, to: 2025 }, unitCount: 142, counts: {}, files: [], source: src },
  { id: '2025', name_vi: 'b', name_en: 'b', validFrom: '2025-07-01', validTo: null, basis: 'NQ 1671', defaultFor: { from: 2026, to: null }, readable: { from: 2025, to: null }, unitCount: 124, counts: {}, files: [], source: src },
];

let stop: (() => void) | null = null;
function open(query: string) {
  window.history.replaceState(null, '', `/${query}`);
  useApp.setState({ ...DEFAULTS, data: null, load: { kind: 'loading' }, selection: null, hovered: null });
  stop = startUrlSync();
  useApp.getState().setData({ ...makeFixture(), geographies: GEOS });
}
afterEach(() => {
  stop?.();
  stop = null;
});

describe("URL sync of today's geography", () => {
  it('choosing today\'s boundaries, then one of today\'s units, pushes two entries: v=2 & geo=2025', () => {
    open('');
    const len0 = window.history.length;
    useApp.getState().setGeography('2025');
    expect(window.location.search).toBe('?v=2&geo=2025');
    useApp.getState().select({ kind: 'today', code: '24943' });
    expect(window.location.search).toBe('?v=2&commune=24943&geo=2025');
    expect(window.history.length).toBe(len0 + 2);
  });

  it('switching geography drops a selection of the other geography (codes are reused)', () => {
    open('?v=2&commune=24943&geo=2020');
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24943' });
    useApp.getState().setGeography('2025');
    expect(useApp.getState().selection).toBeNull();
    expect(window.location.search).toBe('?v=2&geo=2025');
  });

  it('a geo=2025 link opens today\'s unit; a v1 link with the same code opens the plan\'s unit', () => {
    open('?v=2&commune=24943&geo=2025');
    expect(useApp.getState().selection).toEqual({ kind: 'today', code: '24943' });
    expect(effectiveGeography(useApp.getState().data, useApp.getState().year, useApp.getState().geography)).toBe('2025');
    stop?.();
    open('?v=1&commune=24943');
    expect(useApp.getState().selection).toEqual({ kind: 'commune', gso: '24943' });
    expect(window.location.search).toBe('?v=2&commune=24943&geo=2020');
  });

  it('today\'s geography is not readable before 2025: a 2023 link with geo=2025 shows the plan\'s units', () => {
    open('?v=2&year=2023&geo=2025');
    expect(effectiveGeography(useApp.getState().data, 2023, useApp.getState().geography)).toBe('2020');
  });
});
