// The plan's targets (public/data/targets.json), fetched the first time a part shows them (the
// leaders' view, a district's summary), not at start: they are 2.1 KB gzip of the first load that
// only those parts read. One download per page; a failed one is forgotten so "Retry" fetches anew.
import type { PlanTarget, PlanTargetsFile } from '../domain/types';
import { DataLoadError, fetchJson } from './loadData';
import { LAZY_DATA_URLS } from './urls';

let pending: Promise<PlanTarget[]> | null = null;
let loaded: PlanTarget[] | null = null;

function isTargetsFile(x: unknown): x is PlanTargetsFile {
  const f = x as PlanTargetsFile;
  return !!f && typeof f === 'object' && Array.isArray(f.targets) && f.targets.every((t) => !!t && typeof t.id === 'string' && !!t.measure);
}

/** The targets, downloaded once. Rejects with a DataLoadError that names the file and the reason. */
export function loadTargets(): Promise<PlanTarget[]> {
  pending ??= fetchJson(LAZY_DATA_URLS.targets)
    .then((x) => {
      if (!isTargetsFile(x)) throw new DataLoadError(LAZY_DATA_URLS.targets, 'shape', 'not a targets file ({ targets: [...] })');
      loaded = x.targets;
      return x.targets;
    })
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}

/** The targets if they are already here (no flash of "loading" once downloaded). */
export function loadedTargets(): PlanTarget[] | null {
  return loaded;
}

/** For a caller that already has them (component tests, an embedder): no download. */
export function primeTargets(targets: PlanTarget[] | null): void {
  loaded = targets;
  pending = targets ? Promise.resolve(targets) : null;
}
