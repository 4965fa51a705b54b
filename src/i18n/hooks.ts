// The React side of translation: which languages have loaded (as state, so components re-render
// when one arrives), loading on demand, and `translate`/labels bound to the store's locale.
// Vietnamese is bundled; English loads when someone asks for it (issue #6: the public reads
// Vietnamese on slow links, so English costs nothing until then).
import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { useApp } from '../state/store';
import type { ClassKey } from '../domain/classify';
import type { MeasureId } from '../domain/measures';
import type { CriteriaSet, DistrictInfo, DistrictRecognition, IndicatorId, NtmStatus, PilotModel, UnitInfo, UnitType } from '../domain/types';
import type { Locale } from './locale';
import { MESSAGES, setMessages, translate, type TFunction } from './translate';
import type { CoreMessageKey } from './vi';
import {
  classLabel, criterionName, districtName, districtTypeLabel, indicatorName, measureLabel, pilotModelLabel,
  recognitionLabel, shareClassLabel, statusLabel, unitName, unitTypeLabel,
} from './labels';

const LOADERS: Record<Locale, () => Promise<Record<CoreMessageKey, string>>> = {
  vi: () => Promise.resolve(MESSAGES.vi!),
  en: () => import('./en').then((m) => m.en),
};

const useLoadedLocales = create<Partial<Record<Locale, true>>>(() => ({ vi: true }));
const pending: Partial<Record<Locale, Promise<boolean>>> = {};
/** Issue 17: the language whose messages last failed to load (offline), shown by LanguageToggle. */
export const useLocaleFailure = create<{ failed: Locale | null }>(() => ({ failed: null }));

/** Makes `locale`'s messages available now (tests, or a caller that already has them). */
export function registerLocale(locale: Locale, messages: Record<CoreMessageKey, string>): void {
  setMessages(locale, messages);
  useLoadedLocales.setState({ [locale]: true });
}

/**
 * Loads `locale`'s messages once; resolves to whether they are there. A failed load (offline, or
 * the chunk gone after a redeploy) is not silent (issue 17): the store goes back to the language
 * still shown, so the toggle and the URL tell the truth, and useLocaleFailure names the language
 * that failed for LanguageToggle's message. Calling again retries.
 */
export function loadLocale(locale: Locale): Promise<boolean> {
  if (MESSAGES[locale]) return Promise.resolve(true);
  pending[locale] ??= LOADERS[locale]()
    .then((m) => {
      registerLocale(locale, m);
      useLocaleFailure.setState({ failed: null });
      return true;
    })
    .catch(() => {
      delete pending[locale];
      useLocaleFailure.setState({ failed: locale });
      if (useApp.getState().locale === locale) useApp.getState().setLocale('vi');
      return false;
    });
  return pending[locale]!;
}

/** The language the interface is shown in: the chosen one once loaded, Vietnamese until then. */
export function useLocale(): Locale {
  const chosen = useApp((s) => s.locale);
  const loaded = useLoadedLocales((s) => !!s[chosen]);
  useEffect(() => {
    if (!loaded) void loadLocale(chosen);
  }, [chosen, loaded]);
  return loaded ? chosen : 'vi';
}

export function useT(): TFunction {
  const locale = useLocale();
  return useCallback<TFunction>((key, params) => translate(locale, key, params), [locale]);
}

/** The helpers of labels.ts bound to the store locale. */
export function useLabels() {
  // The shown language (Vietnamese until a chosen language's messages have loaded).
  const locale = useLocale();
  return useMemo(() => ({
    locale,
    statusLabel: (s: NtmStatus | null | undefined) => statusLabel(s, locale),
    pilotModelLabel: (m: PilotModel) => pilotModelLabel(m, locale),
    unitTypeLabel: (t: UnitType) => unitTypeLabel(t, locale),
    districtTypeLabel: (t: DistrictInfo['type']) => districtTypeLabel(t, locale),
    unitName: (u: UnitInfo) => unitName(u, locale),
    districtName: (d: DistrictInfo) => districtName(d, locale),
    measureLabel: (m: MeasureId, sets: readonly CriteriaSet[] | undefined) => measureLabel(m, sets, locale),
    classLabel: (m: MeasureId, k: ClassKey) => classLabel(m, k, locale),
    shareClassLabel: (k: ClassKey) => shareClassLabel(k, locale),
    recognitionLabel: (r: DistrictRecognition | null) => recognitionLabel(r, locale),
    criterionName: (no: number, sets: readonly CriteriaSet[] | undefined) => criterionName(no, sets, locale),
    indicatorName: (id: IndicatorId, sets: readonly CriteriaSet[] | undefined) => indicatorName(id, sets, locale),
  }), [locale]);
}
