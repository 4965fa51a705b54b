// Play the years (issue 15): a play/pause button that steps the store's year through the years
// of the data and stops at the last one, and (in the embed, or where no year control is shown)
// a year slider. The year lives in the store, so the URL keeps it like any other choice.
// prefers-reduced-motion: each year stays on screen 3 s instead of 1.2 s (the change of colours
// is the only motion; the map does not fly).
import { useEffect, useId, useState } from 'react';
import { nextYear } from '../domain/years';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import './yearPlayer.css';

export const STEP_MS = 1200;
export const STEP_MS_REDUCED = 3000;

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function YearPlayer({ slider = false }: { slider?: boolean }) {
  const t = useT();
  const idx = useIndex();
  const year = useApp((s) => s.year);
  const [playing, setPlaying] = useState(false);
  const id = useId();
  const years = idx?.years ?? [];

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const s = useApp.getState();
      const next = nextYear(years, s.year);
      if (next === null) {
        setPlaying(false);
        return;
      }
      s.setYear(next);
      if (nextYear(years, next) === null) setPlaying(false);
    }, prefersReducedMotion() ? STEP_MS_REDUCED : STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, years]);

  if (years.length < 2) return null;
  const i = Math.max(0, years.indexOf(year));
  const toggle = () => {
    if (playing) return setPlaying(false);
    // From the last year, play starts again at the first.
    if (nextYear(years, year) === null) useApp.getState().setYear(years[0]);
    setPlaying(true);
  };

  return (
    <div className="year-player" data-playing={playing ? 'true' : 'false'}>
      <button type="button" className="play-button" aria-pressed={playing} onClick={toggle}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {t(playing ? 'player.pause' : 'player.play')}
      </button>
      {slider && (
        <span className="year-slider">
          <label htmlFor={`${id}-r`}>{t('year.label')}</label>
          <input
            id={`${id}-r`}
            type="range"
            min={0}
            max={years.length - 1}
            step={1}
            value={i}
            aria-valuetext={String(years[i])}
            onChange={(e) => {
              setPlaying(false);
              useApp.getState().setYear(years[Number(e.target.value)] ?? years[0]);
            }}
          />
          <output htmlFor={`${id}-r`} className="year-output">{years[i]}</output>
        </span>
      )}
      <span className="sr-only" aria-live="polite">{playing ? t('player.playing', { year }) : ''}</span>
    </div>
  );
}
