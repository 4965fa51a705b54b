// The legend of a view model in words: title, one labelled row per class, total. The one place
// legend rows get their labels; the page's legend, the map's text alternative, the embed, the
// PNG export and the build's first view all call it. Pure (no React): usable by scripts/.
import type { ClassKey } from '../domain/classify';
import { isDistrictClassMeasure } from '../domain/measures';
import type { CriteriaSet } from '../domain/types';
import type { LegendRow, MapViewModel } from '../domain/viewModel';
import type { Locale } from './locale';
import { classLabel, measureLabel, shareClassLabel } from './labels';
import { translate } from './translate';

export interface LabelledLegendRow extends LegendRow {
  label: string;
}

export interface LegendText {
  /** "Trạng thái NTM, năm 2025" (or the district-share title in district mode). */
  title: string;
  rows: LabelledLegendRow[];
  /** "Tổng: 142 đơn vị cấp xã". */
  total: string;
  /** The measure's own label, for sentences that embed it. */
  measure: string;
}

export function classLabelIn(vm: MapViewModel, key: ClassKey, locale: Locale): string {
  return vm.legend.scope === 'districts' ? shareClassLabel(key, locale) : classLabel(vm.input.measure, key, locale);
}

export function legendText(vm: MapViewModel, criteriaSets: readonly CriteriaSet[] | undefined, locale: Locale): LegendText {
  const { measure, year } = vm.input;
  const districts = vm.legend.scope === 'districts';
  // Today's map (issue 13) in 2021–2025 has one measure: the roll-up of the old units' results;
  // from 2026 its measures are the picker's (the year's catalog).
  const measureText = vm.geography === '2025' && vm.rollups
    ? translate(locale, 'today.measure')
    : measure === 'change'
      ? (vm.fromYear != null ? translate(locale, 'legend.changeMeasure', { from: vm.fromYear, to: year }) : translate(locale, 'legend.changeNoBase', { to: year }))
      : measureLabel(measure, criteriaSets, locale);
  const shareTitle = districts && !isDistrictClassMeasure(measure);
  return {
    title: measure === 'change' && !districts ? measureText : translate(locale, shareTitle ? 'legend.districtTitle' : 'legend.title', { measure: measureText, year }),
    rows: vm.legend.rows.map((r) => ({ ...r, label: classLabelIn(vm, r.key, locale) })),
    total: translate(locale, districts ? 'legend.districtsTotal' : 'legend.unitsTotal', { n: vm.legend.total }),
    measure: measureText,
  };
}

/** The map's text alternative: "Bản đồ 142 đơn vị cấp xã theo …, năm 2025. Chưa đạt chuẩn: 3; …."
 *  (classes with no unit are left out). `selected` is the selected unit's or district's name. */
export function mapSummaryText(vm: MapViewModel, legend: LegendText, locale: Locale, selected: string | null): string {
  const counts = legend.rows
    .filter((r) => r.count > 0)
    .map((r) => translate(locale, 'a11y.classCount', { label: r.label, n: r.count }))
    .join('; ');
  const parts = [
    translate(locale, vm.legend.scope === 'districts' ? 'a11y.mapSummaryDistricts' : 'a11y.mapSummary', {
      n: vm.legend.total, measure: legend.measure, year: vm.input.year, counts,
    }),
  ];
  if (selected) parts.push(translate(locale, 'a11y.mapSelected', { name: selected }));
  parts.push(translate(locale, 'a11y.mapHowTo'), translate(locale, 'a11y.mapKeys'));
  return parts.join(' ');
}
