// A district's recognition in a table cell: "2015" (with the decision when published),
// "hoàn thành nhiệm vụ" or "no decision yet"; the text links to its source (data/districts.json).
import { formatDate, useLabels, useT } from '../i18n';
import type { DistrictInfo } from '../domain/types';
import { safeHref } from './common';
// Its messages load with the leaders' chunks, not with the first view (src/i18n/parts/leaders.ts).
import '../i18n/parts/leaders';

export function RecognitionCell({ district }: { district: DistrictInfo }) {
  const t = useT();
  const L = useLabels();
  const rec = district.recognition;
  if (!rec) return <span className="rec-none" data-recognition="no_decision">{t('grid.rec.none')}</span>;
  const text = rec.status === 'dat_chuan'
    ? (rec.year != null ? t('grid.rec.datChuanYear', { year: rec.year }) : t('grid.rec.datChuan'))
    : t('grid.rec.htnv');
  const href = safeHref(rec.source.url);
  const src = t('grid.rec.source', { label: rec.source.label, date: formatDate(rec.source.date, L.locale) });
  return (
    <span className="rec" data-recognition={rec.status} data-year={rec.year ?? undefined}>
      {href ? <a href={href} target="_blank" rel="noopener noreferrer" title={src}>{text}</a> : <span title={src}>{text}</span>}
      {rec.decision && <span className="rec-decision"> {t('grid.rec.decision', { decision: rec.decision })}</span>}
      <span className="sr-only">, {src}</span>
    </span>
  );
}
