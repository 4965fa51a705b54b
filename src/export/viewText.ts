// Texts that describe the current view (title, legend rows, selected unit): shared by the embed
// layout and the PNG export, from the same functions as ui/Legend.
import {
  classifyUnit, districtClassOf, districtLegendCounts, districtShare, legendClasses, legendCounts, shareClasses,
  type Pattern,
} from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import type { MeasureId } from '../domain/measures';
import { classLabel, districtName, measureLabel, shareClassLabel, translate, unitName } from '../i18n';
import type { Locale, Selection } from '../state/store';

export interface ViewDescription {
  measure: MeasureId;
  year: number;
  districtMode: boolean;
  locale: Locale;
  selection: Selection;
  basemap: boolean;
  /** Printed small in the footer so a printed or shared image leads back to the live view. */
  permalink?: string;
}

export interface LegendRow {
  color: string;
  pattern: Pattern;
  label: string;
  count: number;
}

/** The legend the page shows, as rows (same functions as ui/Legend). */
export function legendRows(idx: DataIndex, v: ViewDescription): { title: string; rows: LegendRow[]; total: string } {
  const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(v.locale, k, p);
  const measureText = measureLabel(v.measure, idx.ds.criteriaSets, v.locale);
  if (v.districtMode) {
    const counts = districtLegendCounts(idx, v.measure, v.year);
    return {
      title: t('legend.districtTitle', { measure: measureText, year: v.year }),
      rows: shareClasses().map((c) => ({
        color: c.color, pattern: c.key === 'no_data' ? 'hatch' : 'none', label: shareClassLabel(c.key, v.locale), count: counts[c.key] ?? 0,
      })),
      total: t('legend.districtsTotal', { n: idx.districts.length }),
    };
  }
  const counts = legendCounts(idx, v.measure, v.year);
  return {
    title: t('legend.title', { measure: measureText, year: v.year }),
    rows: legendClasses(v.measure).map((c) => ({
      color: c.color, pattern: c.pattern, label: classLabel(v.measure, c.key, v.locale), count: counts[c.key] ?? 0,
    })),
    total: t('legend.unitsTotal', { n: idx.units.length }),
  };
}

/** "Xã Ka Đô (Huyện Đơn Dương): Đạt" for the selected unit or district, else null. */
export function selectionLine(idx: DataIndex, v: ViewDescription): string | null {
  const sel = v.selection;
  if (!sel) return null;
  if (sel.kind === 'commune') {
    const u = idx.unit(sel.gso);
    if (!u) return null;
    const d = idx.district(u.districtCode);
    const key = classifyUnit(idx, u.gso, v.measure, v.year);
    return translate(v.locale, 'export.selected', {
      name: unitName(u, v.locale), district: d ? districtName(d, v.locale) : '', value: classLabel(v.measure, key, v.locale),
    });
  }
  const d = idx.district(sel.code);
  if (!d) return null;
  const s = districtShare(idx, d.code, v.measure, v.year);
  return translate(v.locale, 'export.selectedDistrict', {
    name: districtName(d, v.locale), value: shareClassLabel(districtClassOf(s), v.locale),
  });
}

