// A unit as the validation sees it, and the lookups of the join (by code, by normalised district +
// commune name). Apart from units.ts (which reads the boundary file with zod) so the validation
// the desk runs in the browser imports no zod.
import type { UnitType } from '../../src/domain/types';
import { nameKey, normalizeCommuneName } from './normalize';

export interface Unit {
  gso: string;
  name: string;
  fullName: string;
  type: UnitType;
  districtCode: string;
  districtName: string;
  districtType: 'thanh_pho' | 'huyen';
}

/** Lookups used by the join: by code and by normalised district + commune name. */
export class UnitIndex {
  readonly byCode = new Map<string, Unit>();
  readonly byName = new Map<string, Unit[]>();
  constructor(readonly units: readonly Unit[]) {
    for (const u of units) {
      this.byCode.set(u.gso, u);
      const k = nameKey(u.districtName, u.name);
      const list = this.byName.get(k) ?? [];
      list.push(u);
      this.byName.set(k, list);
    }
  }
  get xa(): Unit[] {
    return this.units.filter((u) => u.type === 'xa');
  }
  findByName(district: string, commune: string): Unit[] {
    return this.byName.get(nameKey(district, commune)) ?? [];
  }
  /** Does a name written by a person refer to this unit? */
  static nameMatches(u: Unit, written: string): boolean {
    const w = normalizeCommuneName(written);
    return w === normalizeCommuneName(u.name) || w === normalizeCommuneName(u.fullName);
  }
}
