import type { AttainmentRow } from '../domain/types';
import { formatDate, MESSAGES, useT, vi } from '../i18n';
import { useApp } from '../state/store';
import { ExternalLink, safeHref } from './common';

/** Source + data date + "Số liệu minh họa" badge (when the dataset or the row is illustrative). */
export function SourceLine({ row, note = false }: { row?: AttainmentRow; /** show the long illustrative note */ note?: boolean }) {
  const t = useT();
  const locale = useApp((s) => s.locale);
  const meta = useApp((s) => s.data?.meta);
  if (!meta) return null;
  const rowUrl = row ? safeHref(row.source) : null;
  const illustrative = row ? row.source === 'illustrative' || (!rowUrl && meta.illustrative) : meta.illustrative;
  const src = meta.attainmentSource;
  const href = rowUrl ?? safeHref(src.url);
  const text = rowUrl ? new URL(rowUrl).hostname : src.label;
  // The data's own label for illustrative rows is "Số liệu minh họa": the badge already says it.
  const redundant = !href && illustrative && [vi['source.illustrative'], MESSAGES.en?.['source.illustrative']].includes(text.trim());
  return (
    <div className="source-line">
      {!redundant && (
        <span>
          {t('source.label')}:{' '}
          {href ? <ExternalLink href={href}>{text}</ExternalLink> : <span>{text}</span>}
        </span>
      )}
      <span className="source-date">{t('source.dataDate', { date: formatDate(meta.dataDate, locale) })}</span>
      {illustrative && <span className="badge badge-illustrative">{t('source.illustrative')}</span>}
      {illustrative && note && <p className="source-note">{t('source.illustrativeNote')}</p>}
    </div>
  );
}
