// Labels for domain values (statuses, measures, classes, unit types, names), in either locale.
// Pure functions with a trailing `locale` (default 'vi'); `useLabels()` (hooks.ts) binds them to the store.
import { COUNT_BINS, shareClasses, type ClassKey } from '../domain/classify';
import { communeSetId } from '../domain/catalogs';
import { indicatorNumber, isAdvancedIndicator, parseMeasure, type MeasureId } from '../domain/measures';
import type {
  CriteriaSet, DistrictInfo, DistrictRecognition, IndicatorId, NtmStatus, PilotModel, UnitInfo, UnitType,
} from '../domain/types';
import { translate, type Locale, type MessageKey } from './translate';

export function statusLabel(status: NtmStatus | null | undefined, locale: Locale = 'vi'): string {
  return status ? translate(locale, `status.${status}` as MessageKey) : translate(locale, 'class.no_data');
}

export function pilotModelLabel(model: PilotModel, locale: Locale = 'vi'): string {
  return translate(locale, `pilot.${model}` as MessageKey);
}

export function unitTypeLabel(type: UnitType, locale: Locale = 'vi'): string {
  return translate(locale, `unitType.${type}` as MessageKey);
}

export function districtTypeLabel(type: DistrictInfo['type'], locale: Locale = 'vi'): string {
  return translate(locale, `districtType.${type}` as MessageKey);
}

/** "Xã Xuân Thọ" (vi, from the data) / "Xuân Thọ Commune", "Ward 7" (en). */
export function unitName(u: UnitInfo, locale: Locale = 'vi'): string {
  if (locale === 'vi') return u.fullName || translate('vi', `name.${u.type}` as MessageKey, { name: u.name });
  const key: MessageKey = u.type === 'phuong' && /^\d+$/.test(u.name) ? 'name.phuongNumber' : (`name.${u.type}` as MessageKey);
  return translate(locale, key, { name: u.name });
}

/** "Huyện Đạ Tẻh" (vi, from the data) / "Đạ Tẻh District" (en). */
export function districtName(d: DistrictInfo, locale: Locale = 'vi'): string {
  if (locale === 'vi') return d.fullName || translate('vi', `name.${d.type}` as MessageKey, { name: d.name });
  return translate(locale, `name.${d.type}` as MessageKey, { name: d.name });
}

function commune(sets: readonly CriteriaSet[] | undefined, id: CriteriaSet['id']): CriteriaSet | undefined {
  return sets?.find((s) => s.id === id);
}

/** Name of an indicator from the dataset's criteria catalog, or null. */
export function indicatorName(id: IndicatorId, sets: readonly CriteriaSet[] | undefined, locale: Locale = 'vi'): string | null {
  const no = indicatorNumber(id);
  const set = commune(sets, isAdvancedIndicator(id) ? 'commune_nang_cao' : 'commune_ntm');
  for (const c of set?.criteria ?? []) {
    const ind = c.indicators.find((i) => i.id === no || i.id === id);
    if (ind) return (locale === 'vi' ? ind.vi : ind.en) || null;
  }
  return null;
}

/** Name of commune criterion `no` of a catalog's set ('commune_ntm': 2021–2025's 1..19; 'commune_ntm_2026': 2026–2030's 1..10), or null. */
export function criterionName(no: number, sets: readonly CriteriaSet[] | undefined, locale: Locale = 'vi', setId: CriteriaSet['id'] = 'commune_ntm'): string | null {
  const c = commune(sets, setId)?.criteria.find((x) => x.no === no);
  return c ? (locale === 'vi' ? c.vi : c.en) || null : null;
}

export function measureLabel(measure: MeasureId, criteriaSets: readonly CriteriaSet[] | undefined, locale: Locale = 'vi'): string {
  const p = parseMeasure(measure);
  switch (p.kind) {
    case 'status':
      return translate(locale, 'measure.status');
    case 'count':
      return translate(locale, 'measure.count');
    case 'pilot':
      return translate(locale, 'measure.pilot');
    case 'recognition':
      return translate(locale, 'measure.recognition');
    case 'change':
      return translate(locale, 'measure.change');
    case 'criterion': {
      if (p.since != null) {
        const later = criterionName(p.no, criteriaSets, locale, communeSetId(p.since, false));
        return later
          ? translate(locale, 'measure.laterCriterion', { no: p.no, name: later, since: p.since })
          : translate(locale, 'measure.laterCriterionNoName', { no: p.no, since: p.since });
      }
      const name = criterionName(p.no, criteriaSets, locale);
      return name
        ? translate(locale, 'measure.criterion', { no: p.no, name })
        : translate(locale, 'measure.criterionNoName', { no: p.no });
    }
    case 'indicator': {
      const no = indicatorNumber(p.indicator);
      const name = indicatorName(p.indicator, criteriaSets, locale);
      if (isAdvancedIndicator(p.indicator)) {
        const base = name
          ? translate(locale, 'measure.advancedIndicator', { no, name })
          : translate(locale, 'measure.advancedIndicatorNoName', { no });
        return `${base} (${translate(locale, 'measure.toVerify')})`;
      }
      return name ? translate(locale, 'measure.indicator', { no, name }) : translate(locale, 'measure.indicatorNoName', { no });
    }
  }
}

/** Label of a class of a measure (unit classes, and district share bins 's0_50'…). */
// Class keys are unique across measures, so the measure is not needed today (kept for the API).
export function classLabel(_measure: MeasureId, key: ClassKey, locale: Locale = 'vi'): string {
  switch (key) {
    case 'chua_dat': case 'ntm': case 'nang_cao': case 'kieu_mau':
      return statusLabel(key, locale);
    case 'met': case 'not_met': case 'no_data': case 'not_subject': case 'not_pilot':
    case 'r_all': case 'r_some': case 'r_none': case 'r_incomplete': case 'r_no_xa': // today's roll-up (issue 13)
      return translate(locale, `class.${key}` as MessageKey);
    case 'smart_ecommerce': case 'digital_economy': case 'digital_society':
      return pilotModelLabel(key, locale);
    case 'dat_chuan': case 'hoan_thanh_nhiem_vu': case 'no_decision':
    case 'newly_recognised': case 'moved_up': case 'moved_down': case 'unchanged':
      return translate(locale, `class.${key}` as MessageKey);
  }
  const bin = COUNT_BINS.find((b) => b.key === key);
  if (bin) {
    return bin.min === 19 ? translate(locale, 'class.countAll') : translate(locale, 'class.countRange', { min: bin.min, max: bin.max });
  }
  const share = shareClasses().find((s) => s.key === key && Number.isFinite(s.min));
  if (share) {
    if (share.min >= 1) return translate(locale, 'class.shareAll');
    return translate(locale, 'class.shareRange', { min: Math.round(share.min * 100), max: Math.round(share.max * 100) });
  }
  return translate(locale, 'class.unknown');
}

/** Share-bin legend label; 'not_subject' for districts means "no xã at all". */
export function shareClassLabel(key: ClassKey, locale: Locale = 'vi'): string {
  if (key === 'not_subject') return translate(locale, 'class.districtNoXa');
  return classLabel('status', key, locale);
}

export function recognitionLabel(rec: DistrictRecognition | null, locale: Locale = 'vi'): string {
  if (!rec) return translate(locale, 'recognition.none');
  return rec.year != null
    ? translate(locale, `recognition.${rec.status}Year` as MessageKey, { year: rec.year })
    : translate(locale, `recognition.${rec.status}` as MessageKey);
}
