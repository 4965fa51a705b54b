// Message lookup as a plain function: usable by the data build, the exports and React alike
// (the hooks that bind it to the store's locale live in hooks.ts). Vietnamese is always present;
// other languages are added when they have loaded, and until then their texts fall back to it.
import type { Locale } from './locale';
import { vi, type MessageKey } from './vi';

export type { Locale, MessageKey };
export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

/** The languages whose messages are present (vi always). */
export const MESSAGES: Partial<Record<Locale, Record<MessageKey, string>>> = { vi };

/** Adds a language's messages (the loader in hooks.ts, tests). */
export function setMessages(locale: Locale, messages: Record<MessageKey, string>): void {
  MESSAGES[locale] = messages;
}

export function hasLocale(locale: Locale): boolean {
  return !!MESSAGES[locale];
}

/** `{name}` placeholders of a message replaced by `params` (as plain text); unknown ones kept. */
export function interpolate(msg: string, params?: Params): string {
  if (!params) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m);
}

/** The message for `key` in `locale`, with `{name}` placeholders replaced (as plain text). */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return interpolate(MESSAGES[locale]?.[key] ?? vi[key] ?? key, params);
}
