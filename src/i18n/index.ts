export { translate, interpolate, hasLocale, MESSAGES, type MessageKey, type TFunction, type Params } from './translate';
export { useT, useLocale, useLabels, loadLocale, registerLocale, useLocaleFailure } from './hooks';
export type { Locale } from './locale';
export * from './labels';
export * from './format';
export { vi } from './vi';
