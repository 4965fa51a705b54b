// Texts that describe the current view (title, legend rows, selected unit): shared by the embed
// layout, the share dialog and the PNG export. Rows and counts come from the view model
// (src/domain/viewModel.ts) and their words from src/i18n/legendText.ts, as the page legend's do.
import type { DataIndex } from '../domain/dataIndex';
import type { MeasureId } from '../domain/measures';
import { mapViewModel } from '../domain/viewModel';
import { classLabel, districtName, shareClassLabel, translate, unitName } from '../i18n';
import { legendText, type LabelledLegendRow } from '../i18n/legendText';
import type { Locale, Selection } from '../state/store';
import type { TodayIndex } from '../domain/crosswalk';

export interface ViewDescription {
  measure: MeasureId;
  year: number;
  districtMode: boolean;
  locale: Locale;
  selection: Selection;
  basemap: boolean;
  /** Printed small in the footer so a printed or shared image leads back to the live view. */
  permalink?: string;
  /** Today's geography when the view shows it (issue 13): its units, roll-up and sources. */
  today?: TodayIndex | null;
}

export type LegendRow = LabelledLegendRow;

/** The legend the page shows, as rows. */
export function legendRows(idx: DataIndex, v: ViewDescription): { title: string; rows: LegendRow[]; total: string } {
  const vm = mapViewModel(idx, v, v.today);
  const { title, rows, total } = legendText(vm, idx.ds.criteriaSets, v.locale);
  return { title, rows, total };
}

/** "Xã Ka Đô (Huyện Đơn Dương): Đạt" for the selected unit or district, else null. */
export function selectionLine(idx: DataIndex, v: ViewDescription): string | null {
  const sel = v.selection;
  if (!sel) return null;
  const vm = mapViewModel(idx, v, v.today);
  if (sel.kind === 'today') {
    const u = v.today?.unit(sel.code);
    const cls = vm.units.get(sel.code);
    if (!u || !cls) return null;
    return translate(v.locale, 'export.selected', { name: u.fullName, district: translate(v.locale, `today.province.${u.formerProvince}`), value: classLabel(v.measure, cls.key, v.locale) });
  }
  if (v.today) return null; // an old unit's code names another unit on today's map
  if (sel.kind === 'commune') {
    const u = idx.unit(sel.gso);
    const cls = vm.units.get(sel.gso);
    if (!u || !cls) return null;
    const d = idx.district(u.districtCode);
    return translate(v.locale, 'export.selected', {
      name: unitName(u, v.locale), district: d ? districtName(d, v.locale) : '', value: classLabel(v.measure, cls.key, v.locale),
    });
  }
  const d = idx.district(sel.code);
  const cls = vm.districts.get(sel.code);
  if (!d || !cls) return null;
  return translate(v.locale, 'export.selectedDistrict', { name: districtName(d, v.locale), value: shareClassLabel(cls.key, v.locale) });
}
