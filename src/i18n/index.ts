export { translate, useT, useLocale, MESSAGES, type MessageKey, type TFunction, type Params } from './t';
export * from './labels';
export * from './format';
export { vi } from './vi';
export { en } from './en';
