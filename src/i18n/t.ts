// Message lookup. `translate` is pure (usable outside React); `useT` binds it to the store locale.
import { useCallback } from 'react';
import { useApp, type Locale } from '../state/store';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** The message for `key` in `locale`, with `{name}` placeholders replaced (as plain text). */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const msg = MESSAGES[locale]?.[key] ?? vi[key] ?? key;
  if (!params) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m);
}

export function useLocale(): Locale {
  return useApp((s) => s.locale);
}

export function useT(): TFunction {
  const locale = useLocale();
  return useCallback<TFunction>((key, params) => translate(locale, key, params), [locale]);
}
