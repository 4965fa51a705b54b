// One problem found in an input file. Every message names file, line and field, in Vietnamese then English.

export type IssueLevel = 'error' | 'warning';

export interface Issue {
  level: IssueLevel;
  file: string;
  /** 1-based line in the file, or null for whole-file problems. */
  line: number | null;
  /** Column / field name, or null. */
  field: string | null;
  vi: string;
  en: string;
}

export function issue(level: IssueLevel, file: string, line: number | null, field: string | null, vi: string, en: string): Issue {
  return { level, file, line, field, vi, en };
}

/** `data/attainment.csv:12 [gso] LỖI: ... | ERROR: ...` */
export function formatIssue(i: Issue): string {
  const where = i.line == null ? i.file : `${i.file}:${i.line}`;
  const field = i.field ? ` [${i.field}]` : '';
  const tagVi = i.level === 'error' ? 'LỖI' : 'CẢNH BÁO';
  const tagEn = i.level === 'error' ? 'ERROR' : 'WARNING';
  return `${where}${field} ${tagVi}: ${i.vi} | ${tagEn}: ${i.en}`;
}

export const errorsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.level === 'error');
export const warningsOf = (issues: readonly Issue[]): Issue[] => issues.filter((i) => i.level === 'warning');

/** Thrown by build steps that cannot continue; carries all issues found so far. */
export class DataBuildError extends Error {
  constructor(public readonly issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DataBuildError';
  }
}

// ---- Issue 16: values shown escaped, causes named first, long reports capped -----------------

/** Why a file fails as a whole (named once, before the row errors it causes). */
export type IssueCause = 'encoding' | 'separator' | 'sep-line' | 'header-case' | 'date-in-code' | 'empty' | 'sheet';

/** An issue that names the likely cause of many others (the desk shows these first). */
export function causeIssue(cause: IssueCause, i: Issue): Issue & { cause: IssueCause } {
  return { ...i, cause };
}

export const causeOf = (i: Issue): IssueCause | undefined => (i as { cause?: IssueCause }).cause;

// Characters a person cannot see: controls, format characters (zero-width, BOM, bidi), line and
// paragraph separators and the non-ASCII spaces Excel and web pages bring in.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Only the bidirectional embedding, override and isolate controls (they reorder what is shown). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** The invisible characters of a text, as "U+FEFF" names, once each in order. */
export function invisibleChars(s: string): string[] {
  return [...new Set([...s.matchAll(INVISIBLE)].map((m) => codePoint(m[0]).slice(1, -1)))];
}

/** A cell's value as put into a message: invisible characters escaped (`249<U+FEFF>43`), long values cut. */
export function show(s: string, max = 60): string {
  const cut = [...s].length > max ? [...s].slice(0, max).join('') + '…' : s;
  return cut.replace(INVISIBLE, codePoint);
}

/** The kind of an issue, for counting: its field and the words of its message without the values. */
export function kindOf(i: Issue): string {
  const words = i.en
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\([^)]*\)/g, '')
    .split(/: /)[0]!
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
  return `${i.level}|${i.field ?? ''}|${words}`;
}

export interface KindCount {
  kind: string;
  level: IssueLevel;
  field: string | null;
  count: number;
  /** The first issue of the kind, as an example. */
  first: Issue;
}

/** Issues counted by kind, most frequent first (ties: first seen first). */
export function countByKind(issues: readonly Issue[]): KindCount[] {
  const map = new Map<string, KindCount>();
  for (const i of issues) {
    const k = kindOf(i);
    const c = map.get(k);
    if (c) c.count++;
    else map.set(k, { kind: k, level: i.level, field: i.field, count: 1, first: i });
  }
  return [...map.values()].sort((a, b) => b.count - a.count);
}

/** How many issues of each level the CLI prints before it only counts them. */
export const PRINT_LIMIT = 200;

/**
 * The report as printed by `npm run data`: at most `limit` errors (then `limit` warnings), each in
 * the `file:line [field] LỖI: … | ERROR: …` format; past the limit, the count by kind.
 */
export function formatReport(issues: readonly Issue[], limit = PRINT_LIMIT): string[] {
  const out: string[] = [];
  for (const list of [errorsOf(issues), warningsOf(issues)]) {
    out.push(...list.slice(0, limit).map(formatIssue));
    if (list.length <= limit) continue;
    const errors = list[0]!.level === 'error';
    out.push(
      errors
        ? `… và ${list.length - limit} lỗi nữa (không in); tổng số lỗi theo loại / … and ${list.length - limit} more error(s) not printed; all errors by kind:`
        : `… và ${list.length - limit} cảnh báo nữa (không in); theo loại / … and ${list.length - limit} more warning(s) not printed; by kind:`,
    );
    for (const k of countByKind(list)) {
      out.push(`  ${String(k.count).padStart(6)} × ${k.field ? `[${k.field}] ` : ''}${k.first.en}${k.count > 1 ? ' (ví dụ / e.g.)' : ''}`);
    }
  }
  return out;
}
