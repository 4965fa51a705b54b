// Locale-aware formatting of dates, numbers and shares.
import type { Locale } from './locale';

const TAG: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** ISO 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (anything else is returned as is). vi: 31/12/2025. */
export function formatDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return String(iso ?? '');
  const [, y, mo, d] = m;
  if (!mo) return y;
  if (locale === 'vi') return d ? `${d}/${mo}/${y}` : `${mo}/${y}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  return new Intl.DateTimeFormat(TAG.en, d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A fraction 0..1 as a whole percent: "67%" (vi and en). */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(TAG[locale]).format(n);
}
