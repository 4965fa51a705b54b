import { useId } from 'react';
import { PILOT_MODELS, type PilotModel } from '../domain/types';
import { legendClasses } from '../domain/classify';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { Swatch } from './common';

/** The plan's pilot communes grouped by model type; each is a button that selects it. */
export function PilotPanel() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const selection = useApp((s) => s.selection);
  const select = useApp((s) => s.select);
  const titleId = useId();
  if (!idx) return null;
  const classes = legendClasses('pilot');
  const style = (m: PilotModel) => classes.find((c) => c.key === m)!;

  return (
    <section className="pilot-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('pilot.title')}</h2>
      <p className="hint">{t('pilot.selectHint')}</p>
      {PILOT_MODELS.map((model) => {
        const pilots = idx.ds.pilots.filter((p) => p.model === model);
        if (!pilots.length) return null;
        const sections = [...new Set(pilots.map((p) => p.section))].join(', ');
        const headingId = `${titleId}-${model}`;
        return (
          <div key={model} className="pilot-group" data-model={model}>
            <h3 id={headingId}>
              <Swatch color={style(model).color} pattern={style(model).pattern} />
              <span>{sections} · {L.pilotModelLabel(model)}</span>{' '}
              <span className="pilot-count">({t('pilot.groupCount', { n: pilots.length })})</span>
            </h3>
            <ul aria-labelledby={headingId}>
              {pilots.map((p) => {
                const u = idx.unit(p.gso);
                const d = idx.district(p.districtCode);
                const current = selection?.kind === 'commune' && selection.gso === p.gso;
                return (
                  <li key={p.gso}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => select({ kind: 'commune', gso: p.gso })}
                    >
                      {u ? L.unitName(u) : p.name}
                    </button>
                    <span className="pilot-meta">
                      {d ? L.districtName(d) : ''} · {t('pilot.section', { section: p.section })}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
