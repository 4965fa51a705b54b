// Message lookup as a plain function: usable by the data build, the exports and React alike
// (the hooks that bind it to the store's locale live in hooks.ts). Vietnamese is always present;
// other languages are added when they have loaded, and until then their texts fall back to it.
import type { Locale } from './locale';
import { vi, type CoreMessageKey, type MessageKey } from './vi';

export type { Locale, MessageKey };
export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

/** The languages whose messages are present (vi always). */
export const MESSAGES: Partial<Record<Locale, Record<CoreMessageKey, string>>> = { vi };

/** Adds a language's messages (the loader in hooks.ts, tests). */
export function setMessages(locale: Locale, messages: Record<CoreMessageKey, string>): void {
  MESSAGES[locale] = messages;
}

/** Messages of parts that load with their chunks (src/i18n/parts/), in both languages at once: a
 *  part's English comes with the part, whether or not en.ts has loaded. */
const PART_MESSAGES: Record<Locale, Record<string, string>> = { vi: {}, en: {} };

export function addMessages(part: { vi: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }): void {
  Object.assign(PART_MESSAGES.vi, part.vi);
  Object.assign(PART_MESSAGES.en, part.en);
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
  const core = key as CoreMessageKey;
  // A language not loaded yet shows Vietnamese (its core messages are not there, so neither the
  // part's English: the page is in Vietnamese until en.ts arrives).
  const shown = MESSAGES[locale] ? locale : 'vi';
  return interpolate(MESSAGES[shown]?.[core] ?? PART_MESSAGES[shown][key] ?? vi[core] ?? PART_MESSAGES.vi[key] ?? key, params);
}
