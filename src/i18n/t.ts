// Message lookup. `translate` is pure and synchronous (usable outside React); `useT` binds it to
// the store locale. Vietnamese is bundled; other languages load on demand (issue #6: the public
// reads Vietnamese on slow links, so English costs nothing until someone asks for it). Until a
// language has arrived, its texts fall back to Vietnamese.
import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import { useApp, type Locale } from '../state/store';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

/** The languages loaded so far (vi always). */
export const MESSAGES: Partial<Record<Locale, Record<MessageKey, string>>> = { vi };

const LOADERS: Record<Locale, () => Promise<Record<MessageKey, string>>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((m) => m.en),
};

/** Which languages are loaded, as React state (components re-render when one arrives). */
const useLoadedLocales = create<Partial<Record<Locale, true>>>(() => ({ vi: true }));
const pending: Partial<Record<Locale, Promise<void>>> = {};

/** Makes `locale`'s messages available now (tests, or a caller that already has them). */
export function registerLocale(locale: Locale, messages: Record<MessageKey, string>): void {
  MESSAGES[locale] = messages;
  useLoadedLocales.setState({ [locale]: true });
}

export function hasLocale(locale: Locale): boolean {
  return !!MESSAGES[locale];
}

/** Loads `locale`'s messages once; a failed load (offline) can be retried by calling again. */
export function loadLocale(locale: Locale): Promise<void> {
  if (MESSAGES[locale]) return Promise.resolve();
  pending[locale] ??= LOADERS[locale]()
    .then((m) => registerLocale(locale, m))
    .catch(() => {
      delete pending[locale];
    });
  return pending[locale]!;
}

/** The message for `key` in `locale`, with `{name}` placeholders replaced (as plain text). */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const msg = MESSAGES[locale]?.[key] ?? vi[key] ?? key;
  if (!params) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m);
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
