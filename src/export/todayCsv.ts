// CSV of today's map (issue 13): the 124 units with the roll-up of their former units' results for
// the year, the former units, and where it all comes from (boundary source and date, crosswalk,
// the attainment source, and that no rule gives a merged unit a status of its own).
import type { DataIndex } from '../domain/dataIndex';
import type { TodayIndex } from '../domain/crosswalk';
import { rollupOf } from '../domain/rollup';
import { mapViewModel } from '../domain/viewModel';
import { classLabel } from '../i18n/labels';
import { translate } from '../i18n/translate';
import type { Locale } from '../i18n/locale';
import { toCsv, type Cell } from './csv';
// Today's map's messages (src/i18n/parts/today.ts): they load with today's files, not the first view.
import '../i18n/parts/today';

export function todayFileName(year: number, ext: 'csv' | 'png'): string {
  return `ban-do-ntm-lam-dong-124-don-vi-hien-nay-${year}.${ext}`;
}

export function todayCsv(idx: DataIndex, today: TodayIndex, v: { year: number; locale: Locale }): string {
  const tr = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(v.locale, k, p);
  const vm = mapViewModel(idx, { measure: 'status', year: v.year, districtMode: false }, today);
  const s = today.record.sources;
  const header = [
    'code', 'name', 'type', 'former_province', 'year', 'class', 'class_label', 'former_xa', 'former_xa_with_data',
    'ntm_or_higher', 'nang_cao_or_higher', 'kieu_mau', 'former_units', 'boundary_source', 'boundary_date', 'crosswalk', 'attainment_source', 'note',
  ];
  const rows: Cell[][] = today.units.map((u) => {
    const r = rollupOf(idx, today, u.code, v.year);
    const cls = vm.units.get(u.code)!.key;
    const former = r.former.map((f) => `${f.row.oldCode} ${f.row.oldName}${f.row.share === 'partial' ? ' (partial)' : ''}`).join('; ');
    return [
      u.code, u.fullName, u.type, u.formerProvince, v.year, cls, classLabel('status', cls, v.locale), r.formerXa, r.withData,
      r.ntmOrHigher, r.nangCaoOrHigher, r.kieuMau, former, `${s.boundary.label} @ ${s.boundary.commit}`, s.boundary.date,
      `${s.crosswalk.label} (${s.crosswalk.documents.join(' | ')})`, `${idx.ds.meta.attainmentSource.label} (${idx.ds.meta.attainmentSource.date})`,
      tr('today.ruleNote'),
    ];
  });
  return toCsv(header, rows);
}
