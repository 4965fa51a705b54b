// The interface languages. Vietnamese first: the public reads it; English for visitors and press.
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];
