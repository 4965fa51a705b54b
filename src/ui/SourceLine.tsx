import type { AttainmentRow } from '../domain/types';
import { rowSource, yearSources } from '../domain/sources';
import type { DataIndex } from '../domain/dataIndex';
import { formatDate, MESSAGES, translate, useT, vi, type Locale } from '../i18n';
import type { Selection } from '../state/store';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { ExternalLink, safeHref } from './common';

/** Source + data date + "Số liệu minh họa" badge (when the dataset or the row is illustrative).
 *  A row's source is shown as written: a link when it is a web address, its text when it cites a
 *  document (issue 16). With `note` (the view's line), a year mixing sourced and illustrative rows
 *  says how many of each. */
export function SourceLine({ row, note = false }: { row?: AttainmentRow; /** show the long illustrative note */ note?: boolean }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const year = useApp((s) => s.year);
  const meta = useApp((s) => s.data?.meta);
  const idx = useIndex();
  if (!meta) return null;
  const own = row ? rowSource(row) : null;
  const illustrative = own ? own.kind === 'illustrative' : meta.illustrative;
  const src = meta.attainmentSource;
  const href = own?.kind === 'url' ? own.href : own?.kind === 'text' ? null : safeHref(src.url);
  const text = own?.kind === 'url' ? new URL(own.href).hostname : own?.kind === 'text' ? own.text : src.label;
  // The data's own label for illustrative rows is "Số liệu minh họa": the badge already says it.
  const redundant = !href && illustrative && [vi['source.illustrative'], MESSAGES.en?.['source.illustrative']].includes(text.trim());
  const mix = !row && note && idx ? yearSources(idx, year) : null;
  return (
    <div className="source-line">
      {!redundant && (
        <span>
          {t('source.label')}:{' '}
          {href ? <ExternalLink href={href}>{text}</ExternalLink> : <span className={own?.kind === 'text' ? 'source-text' : undefined}>{text}</span>}
        </span>
      )}
      <span className="source-date">{t('source.dataDate', { date: formatDate(meta.dataDate, locale) })}</span>
      {illustrative && <span className="badge badge-illustrative">{t('source.illustrative')}</span>}
      {mix && mix.sourced > 0 && mix.illustrative > 0 && (
        <span className="source-mix">{t('source.mix', { year, sourced: mix.sourced, illustrative: mix.illustrative })}</span>
      )}
      {illustrative && note && <p className="source-note">{t('source.illustrativeNote')}</p>}
    </div>
  );
}

/** The PNG's lines on the view's sources (issue 16): the selected xã's source as written, and the
 *  year's sourced/illustrative counts when it mixes both. Computed here (the page's bundle) so the
 *  PNG chunk shares nothing new with it. */
export function sourceNotes(idx: DataIndex, selection: Selection, year: number, locale: Locale): string[] {
  const out: string[] = [];
  const row = selection?.kind === 'commune' ? idx.row(selection.gso, year) : undefined;
  const own = row ? rowSource(row) : null;
  if (own && own.kind !== 'illustrative') out.push(`${translate(locale, 'source.unit')}: ${own.kind === 'url' ? own.href : own.text}`);
  const mix = yearSources(idx, year);
  if (mix.sourced > 0 && mix.illustrative > 0) out.push(translate(locale, 'source.mix', { year, sourced: mix.sourced, illustrative: mix.illustrative }));
  return out;
}
