// Fast lookups over an NtmDataset, built once per dataset (see state/useIndex).
import type { AttainmentRow, CriteriaSet, DistrictInfo, NtmDataset, Pilot, UnitInfo } from './types';

export interface DataIndex {
  ds: NtmDataset;
  units: UnitInfo[];
  districts: DistrictInfo[];
  /** Years with data, ascending (from ds.meta.years, else from the rows). */
  years: number[];
  unit(gso: string): UnitInfo | undefined;
  district(code: string): DistrictInfo | undefined;
  /** Units of a district in dataset order. */
  unitsOf(districtCode: string): UnitInfo[];
  row(gso: string, year: number): AttainmentRow | undefined;
  /** All rows of a unit, ascending by year. */
  rowsOf(gso: string): AttainmentRow[];
  pilot(gso: string): Pilot | undefined;
  criteriaSet(id: CriteriaSet['id']): CriteriaSet | undefined;
}

export function buildIndex(ds: NtmDataset): DataIndex {
  const unitByGso = new Map<string, UnitInfo>();
  const districtByCode = new Map<string, DistrictInfo>();
  const unitsByDistrict = new Map<string, UnitInfo[]>();
  const rowByKey = new Map<string, AttainmentRow>();
  const rowsByGso = new Map<string, AttainmentRow[]>();
  const pilotByGso = new Map<string, Pilot>();

  for (const d of ds.districts) districtByCode.set(d.code, d);
  for (const u of ds.units) {
    unitByGso.set(u.gso, u);
    const list = unitsByDistrict.get(u.districtCode);
    if (list) list.push(u);
    else unitsByDistrict.set(u.districtCode, [u]);
  }
  for (const r of ds.attainment) {
    rowByKey.set(`${r.gso}|${r.year}`, r);
    const list = rowsByGso.get(r.gso);
    if (list) list.push(r);
    else rowsByGso.set(r.gso, [r]);
  }
  for (const list of rowsByGso.values()) list.sort((a, b) => a.year - b.year);
  for (const p of ds.pilots) pilotByGso.set(p.gso, p);

  const metaYears = (ds.meta.years ?? []).filter((y) => Number.isInteger(y));
  const years = [...new Set(metaYears.length ? metaYears : ds.attainment.map((r) => r.year))].sort((a, b) => a - b);

  return {
    ds,
    units: ds.units,
    districts: ds.districts,
    years,
    unit: (gso) => unitByGso.get(gso),
    district: (code) => districtByCode.get(code),
    unitsOf: (code) => unitsByDistrict.get(code) ?? [],
    row: (gso, year) => rowByKey.get(`${gso}|${year}`),
    rowsOf: (gso) => rowsByGso.get(gso) ?? [],
    pilot: (gso) => pilotByGso.get(gso),
    criteriaSet: (id) => ds.criteriaSets.find((s) => s.id === id),
  };
}
