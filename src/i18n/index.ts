export { translate, useT, useLocale, loadLocale, registerLocale, hasLocale, MESSAGES, type MessageKey, type TFunction, type Params } from './t';
export * from './labels';
export * from './format';
export { vi } from './vi';
