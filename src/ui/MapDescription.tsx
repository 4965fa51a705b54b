// The map's text alternative: what it shows (measure, year, units per class) and what is selected,
// as a visually hidden paragraph the map canvas points to with aria-describedby. The data table
// is the full alternative; this is the summary a screen-reader user hears on reaching the map.
import { districtLegendCounts, legendClasses, legendCounts, shareClasses } from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import type { MeasureId } from '../domain/measures';
import { useLabels, useT } from '../i18n';
import { useApp, type Selection } from '../state/store';
import { useIndex } from '../state/useIndex';

type Labels = ReturnType<typeof useLabels>;
type T = ReturnType<typeof useT>;

export interface MapSummaryInput {
  measure: MeasureId;
  year: number;
  districtMode: boolean;
  selection: Selection;
}

/** "Bản đồ 142 đơn vị cấp xã theo …, năm 2025. Chưa đạt chuẩn: 3; Đạt chuẩn NTM: 80; …." */
export function mapSummary(idx: DataIndex, s: MapSummaryInput, t: T, L: Labels): string {
  const measure = L.measureLabel(s.measure, idx.ds.criteriaSets);
  const parts: string[] = [];
  if (s.districtMode) {
    const counts = districtLegendCounts(idx, s.measure, s.year);
    for (const c of shareClasses()) {
      const n = counts[c.key] ?? 0;
      if (n > 0) parts.push(t('a11y.classCount', { label: L.shareClassLabel(c.key), n }));
    }
    parts.unshift(t('a11y.mapSummaryDistricts', { n: idx.districts.length, measure, year: s.year, counts: parts.splice(0).join('; ') }));
  } else {
    const counts = legendCounts(idx, s.measure, s.year);
    for (const c of legendClasses(s.measure)) {
      const n = counts[c.key] ?? 0;
      if (n > 0) parts.push(t('a11y.classCount', { label: L.classLabel(s.measure, c.key), n }));
    }
    parts.unshift(t('a11y.mapSummary', { n: idx.units.length, measure, year: s.year, counts: parts.splice(0).join('; ') }));
  }
  const sel = s.selection;
  const name =
    sel?.kind === 'commune' ? (idx.unit(sel.gso) ? L.unitName(idx.unit(sel.gso)!) : null)
      : sel?.kind === 'district' ? (idx.district(sel.code) ? L.districtName(idx.district(sel.code)!) : null)
        : null;
  if (name) parts.push(t('a11y.mapSelected', { name }));
  parts.push(t('a11y.mapHowTo'), t('a11y.mapKeys'));
  return parts.join(' ');
}

export function MapDescription({ id }: { id: string }) {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const selection = useApp((s) => s.selection);
  if (!idx) return null;
  return (
    <p id={id} className="sr-only" data-testid="map-description">
      {mapSummary(idx, { measure, year, districtMode, selection }, t, L)}
    </p>
  );
}
