// The map's text alternative: what it shows (measure, year, units per class) and what is selected,
// as a visually hidden paragraph the map canvas points to with aria-describedby. The data table
// is the full alternative; this is the summary a screen-reader user hears on reaching the map.
// Words and counts come from the view model (src/i18n/legendText.ts), as the legend's do.
import type { DataIndex } from '../domain/dataIndex';
import type { MapViewModel } from '../domain/viewModel';
import { districtName, unitName, useLocale } from '../i18n';
import { legendText, mapSummaryText } from '../i18n/legendText';
import type { Locale, Selection } from '../state/store';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { useViewModel } from '../state/useViewModel';

/** The name of the selected unit or district, or null. */
export function selectionName(idx: DataIndex, sel: Selection, locale: Locale): string | null {
  if (sel?.kind === 'commune') {
    const u = idx.unit(sel.gso);
    return u ? unitName(u, locale) : null;
  }
  if (sel?.kind === 'district') {
    const d = idx.district(sel.code);
    return d ? districtName(d, locale) : null;
  }
  return null;
}

/** "Bản đồ 142 đơn vị cấp xã theo …, năm 2025. Chưa đạt chuẩn: 3; Đạt chuẩn NTM: 80; …." */
export function mapSummary(idx: DataIndex, vm: MapViewModel, selection: Selection, locale: Locale): string {
  return mapSummaryText(vm, legendText(vm, idx.ds.criteriaSets, locale), locale, selectionName(idx, selection, locale));
}

export function MapDescription({ id }: { id: string }) {
  const locale = useLocale();
  const idx = useIndex();
  const vm = useViewModel();
  const selection = useApp((s) => s.selection);
  if (!idx || !vm) return null;
  return (
    <p id={id} className="sr-only" data-testid="map-description">
      {mapSummary(idx, vm, selection, locale)}
    </p>
  );
}
