// The plan's targets for a component: downloaded on first use (src/data/loadTargets.ts), with the
// failure kept so the part can say what failed and offer a retry.
import { useCallback, useEffect, useState } from 'react';
import type { PlanTarget } from '../domain/types';
import { loadTargets, loadedTargets } from '../data/loadTargets';

export type PlanTargetsState =
  | { kind: 'ready'; targets: PlanTarget[] }
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown };

export function usePlanTargets(): { state: PlanTargetsState; retry: () => void } {
  const [state, setState] = useState<PlanTargetsState>(() => {
    const t = loadedTargets();
    return t ? { kind: 'ready', targets: t } : { kind: 'loading' };
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.kind === 'ready') return;
    let live = true;
    loadTargets().then(
      (targets) => live && setState({ kind: 'ready', targets }),
      (error: unknown) => live && setState({ kind: 'error', error }),
    );
    return () => {
      live = false;
    };
    // `state` is read only to skip a download already done; a retry bumps `attempt`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return { state, retry };
}
