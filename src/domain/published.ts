// Which published report a year's figures are checked against (issue 15, docs/DATA.md "What a
// year means"): a year's value is the status at 31 December, so a year-end report matches it
// and a report from within the year is only a lower bound.
import type { NtmDataset, PublishedAggregate } from './types';

export interface YearReports {
  /** The report of the status at the end of the year, if any. */
  yearEnd: PublishedAggregate | null;
  /** Reports from within the year (lower bounds), oldest first. */
  interim: PublishedAggregate[];
}

export function reportsFor(ds: NtmDataset, year: number): YearReports {
  const all = (ds.meta.published ?? []).filter((p) => p.year === year);
  const byDate = (a: PublishedAggregate, b: PublishedAggregate) => a.source.date.localeCompare(b.source.date);
  return {
    yearEnd: all.filter((p) => (p.basis ?? 'year_end') === 'year_end').sort(byDate).at(-1) ?? null,
    interim: all.filter((p) => p.basis === 'interim').sort(byDate),
  };
}

/** The ISO date a year's values stand for. */
export function yearDate(year: number): string {
  return `${year}-12-31`;
}
