// What the checked table changes, by year: the province's tiers before → after, then every row
// that changes (status, criteria, other columns), each a button to that commune and year.
import { useMemo } from 'react';
import { useLabels } from '../i18n';
import { useApp } from '../state/store';
import type { AttainmentRow, NtmDataset } from '../domain/types';
import { diffTables, direction, TIERS, type RowChange } from './diff';
import { useDesk } from './deskStore';
import { useDeskT } from './i18n';

function ChangeItem({ c, ds }: { c: RowChange; ds: NtmDataset }) {
  const t = useDeskT();
  const L = useLabels();
  const unit = ds.units.find((u) => u.gso === c.gso);
  const parts: string[] = [];
  if (c.kind === 'added') parts.push(t('desk.diff.added'));
  if (c.kind === 'removed') parts.push(t('desk.diff.removed'));
  if (c.statusFrom !== c.statusTo) parts.push(t('desk.diff.status', { from: L.statusLabel(c.statusFrom), to: L.statusLabel(c.statusTo) }));
  if (c.criteria.length) parts.push(t('desk.diff.criteria', { list: c.criteria.map((x) => `${x.no} (${x.from === null ? '?' : x.from ? '1' : '0'} → ${x.to === null ? '?' : x.to ? '1' : '0'})`).join(', ') }));
  if (c.fields.length) parts.push(t('desk.diff.fields', { list: c.fields.join(', ') }));
  const dir = direction(c);
  const show = () => {
    useDesk.getState().setPreviewOf('uploaded');
    const app = useApp.getState();
    app.setYear(c.year);
    app.setView('map');
    app.select({ kind: 'commune', gso: c.gso });
  };
  return (
    <li className="desk-change" data-gso={c.gso} data-year={c.year}>
      <button type="button" className="link-button" onClick={show} title={t('desk.diff.show')}>
        {unit ? L.unitName(unit) : c.gso}
      </button>{' '}
      <span className="hint">({c.gso})</span>: {parts.join('; ')}
      {dir !== 0 && <span className={`badge ${dir > 0 ? 'badge-up' : 'badge-down'}`}>{t(dir > 0 ? 'desk.diff.gained' : 'desk.diff.lost')}</span>}
    </li>
  );
}

export function DiffView({ before, after, ds }: { before: readonly AttainmentRow[]; after: readonly AttainmentRow[]; ds: NtmDataset }) {
  const t = useDeskT();
  const d = useMemo(() => diffTables(before, after), [before, after]);
  return (
    <section className="desk-diff" aria-labelledby="desk-diff-title" data-total={d.total}>
      <h3 id="desk-diff-title">{t('desk.diff.title')}</h3>
      <p role="status">{d.total === 0 ? t('desk.diff.none') : t('desk.diff.total', { n: d.total })}</p>
      {d.years.map((y) => (
        <details key={y.year} className="desk-diff-year" data-year={y.year} data-changes={y.changes.length} open={y.changes.length > 0 && y.changes.length <= 20}>
          <summary>{y.changes.length ? t('desk.diff.year', { year: y.year, n: y.changes.length }) : t('desk.diff.yearNone', { year: y.year })}</summary>
          <ul className="desk-tiers">
            {TIERS.map((k) => (
              <li key={k} className={y.tiers[k].before !== y.tiers[k].after ? 'is-changed' : undefined}>
                {t('desk.diff.tier', { tier: t(`desk.diff.tier.${k}`), before: y.tiers[k].before, after: y.tiers[k].after })}
              </li>
            ))}
          </ul>
          {y.changes.length > 0 && (
            <ul className="desk-changes">
              {y.changes.map((c) => (
                <ChangeItem key={`${c.gso}|${c.year}`} c={c} ds={ds} />
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
