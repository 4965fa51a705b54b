// Which (unit, year) rows a results table holds, from the dataset it is checked against: every xã
// for every year of the dataset. Issue 13 (today's 124 communes from 2026) changes which units hold
// for which year: this is the one place the desk asks.
import type { NtmDataset, UnitInfo } from '../domain/types';

export interface Slot {
  unit: UnitInfo;
  year: number;
  /** The unit's district name as the dataset writes it. */
  district: string;
}

/** Every row the table should have, by district, commune name, then year. */
export function tableSlots(ds: NtmDataset): Slot[] {
  const districts = new Map(ds.districts.map((d, i) => [d.code, { name: d.name, order: i }]));
  const units = ds.units
    .filter((u) => u.type === 'xa')
    .sort((a, b) => (districts.get(a.districtCode)?.order ?? 99) - (districts.get(b.districtCode)?.order ?? 99) || a.name.localeCompare(b.name, 'vi') || a.gso.localeCompare(b.gso));
  return units.flatMap((unit) => ds.meta.years.map((year) => ({ unit, year, district: districts.get(unit.districtCode)?.name ?? unit.districtCode })));
}
