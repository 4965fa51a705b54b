import '@testing-library/jest-dom/vitest';
// English is loaded on demand in the app (src/i18n/t.ts); component tests have it from the start.
import { registerLocale } from '../src/i18n/hooks';
import { en } from '../src/i18n/en';
registerLocale('en', en);
