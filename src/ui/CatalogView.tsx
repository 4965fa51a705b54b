// The full text of a later criteria catalog (issue 13: the 2026–2030 set of QĐ 51/2025/QĐ-TTg): its
// criteria, commune groups, annexes (Phụ lục II: xã NTM hiện đại; Phụ lục III: province completion),
// what was read in which source, and every entry's verified mark. Loaded on demand from
// public/data/<catalog.detail> (written by the data build from data/criteria-2026-2030.json).
import { useEffect, useState } from 'react';
import type { FullCatalog } from '../../scripts/lib/catalogs';
import type { CatalogSummary } from '../domain/types';
import { formatDate } from '../i18n/format';
import { useLocale, useT } from '../i18n';
import '../i18n/parts/catalog'; // its messages load with this chunk, not with the first view

type Load = { kind: 'loading' } | { kind: 'ready'; catalog: FullCatalog } | { kind: 'error'; message: string };

async function fetchCatalog(file: string): Promise<FullCatalog> {
  const res = await fetch(`data/${file}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as FullCatalog;
}

export function CatalogView({ catalog, onClose }: { catalog: CatalogSummary; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    fetchCatalog(catalog.detail!).then(
      (c) => live && setState({ kind: 'ready', catalog: c }),
      (e: unknown) => live && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [catalog.detail, attempt]);

  if (state.kind === 'loading') return <p role="status">{t('catalog.loading')}</p>;
  if (state.kind === 'error') {
    return (
      <div role="alert" className="status-msg error">
        <p>{t('catalog.failed', { message: state.message })}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('catalog.retry')}</button>
      </div>
    );
  }
  const c = state.catalog;
  const vi = locale === 'vi';
  const txt = (x: { vi: string; en: string }) => (vi ? x.vi : x.en);
  const sourceLabel = (id: string | null) => c.sources.find((s) => s.id === id)?.short ?? id ?? '';
  const mark = (verified: boolean, source: string | null) => (
    <span className={verified ? 'catalog-mark is-verified' : 'catalog-mark is-unverified'}>
      {' '}({verified ? t('catalog.verified') : t('catalog.unverified')}{source ? `; ${t('catalog.sourceOf', { source: sourceLabel(source) })}` : ''})
    </span>
  );
  const total = c.indicatorTotal;
  return (
    <section className="catalog-view" aria-labelledby="catalog-title" data-catalog={c.id}>
      <h3 id="catalog-title">{t('catalog.title', { name: txt(c) })}</h3>
      <p>{t('catalog.decision', { decision: catalog.decision, inForce: formatDate(catalog.inForce, locale) })}</p>
      <h4>{t('catalog.criteria', { count: c.criteria.length })}</h4>
      <ol className="catalog-criteria">
        {c.criteria.map((cr) => (
          <li key={cr.no} value={cr.no} data-criterion={cr.no}>
            {txt(cr)}
            {mark(cr.verified, cr.source)}
            {cr.indicators.length > 0 && (
              <ul>
                {cr.indicators.map((i) => (
                  <li key={i.id}>{i.id} {txt(i)}{mark(i.verified, i.source)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {total && <p>{t('catalog.indicators', { total: total.value, source: sourceLabel(total.source) })}{mark(total.verified, null)}</p>}
      <h4>{t('catalog.groups')}</h4>
      <ul className="catalog-groups">
        {c.groups.map((g) => (
          <li key={g.no}>{txt(g)}{mark(g.verified, g.source)}</li>
        ))}
      </ul>
      <h4>{t('catalog.annexes')}</h4>
      <ul className="catalog-annexes">
        {c.annexes.map((a) => (
          <li key={a.annex} data-annex={a.kind}>
            <strong>{a.annex}</strong>: {txt(a)}{mark(a.verified, a.source)}
            {a.items.length > 0 && <ul>{a.items.map((it, k) => <li key={k}>{txt(it)}{mark(it.verified, it.source)}</li>)}</ul>}
            <p className="hint">{vi ? a.note_vi : a.note_en}</p>
          </li>
        ))}
      </ul>
      <h4>{t('catalog.noDistrict')}</h4>
      <p>{vi ? c.districtSetNote_vi : c.districtSetNote_en}</p>
      <h4>{t('catalog.statuses')}</h4>
      <p>{vi ? c.statusesNote_vi : c.statusesNote_en}</p>
      <p className="hint">{vi ? c.note_vi : c.note_en}</p>
      <h4>{t('catalog.sources')}</h4>
      <ul className="catalog-sources">
        {c.sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} rel="noopener noreferrer" target="_blank">{s.label}</a>, {formatDate(s.date, locale)}. {t('catalog.read')}: {vi ? s.read_vi : s.read_en}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>{t('catalog.close')}</button>
    </section>
  );
}
