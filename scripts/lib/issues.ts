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
