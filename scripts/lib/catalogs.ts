// The criteria catalogs by period (data/catalogs.json) and the full 2026–2030 catalog
// (data/criteria-2026-2030.json): schemas, cross-checks, and the summary ntm.json carries.
import { z } from 'zod';
import { CRITERIA_COUNT, NTM_STATUSES } from '../../src/domain/types';
import type { CatalogSummary, CriteriaSet, NtmStatus } from '../../src/domain/types';
import { communeSetId } from '../../src/domain/catalogs';
import { issue, type Issue } from './issues';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Status = z.enum(NTM_STATUSES as readonly NtmStatus[] as [NtmStatus, ...NtmStatus[]]);

export const CatalogIndexFile = z.array(
  z.strictObject({
    id: z.string().regex(/^\d{4}-\d{4}$/),
    vi: z.string().min(1),
    en: z.string().min(1),
    decision: z.string().min(1),
    from: z.number().int().min(2000).max(2100),
    to: z.number().int().min(2000).max(2100),
    inForce: IsoDate,
    inForceVerified: z.boolean(),
    inForceNote: z.string().min(1),
    content: z.strictObject({ file: z.string().regex(/^[a-z0-9-]+\.json$/), communeSet: z.enum(['commune_ntm']).nullable() }),
  }),
);
export type CatalogIndex = z.infer<typeof CatalogIndexFile>;

const SourceId = z.string().regex(/^[a-z0-9_]+$/);
const Indicator = z.strictObject({ id: z.string().regex(/^\d+\.\d+$/), vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), source: SourceId.nullable() });
const Annex = z.strictObject({
  annex: z.string().min(1),
  kind: z.enum(['modern_pilot', 'province_completion']),
  vi: z.string().min(1),
  en: z.string().min(1),
  verified: z.boolean(),
  source: SourceId,
  items: z.array(z.strictObject({ vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), source: SourceId })),
  note_vi: z.string().min(1),
  note_en: z.string().min(1),
});

/** A catalog with its own criteria (2026–2030 on): every entry names its source and whether it is verified. */
export const FullCatalogFile = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{4}$/),
  vi: z.string().min(1),
  en: z.string().min(1),
  decision: z.string().min(1),
  note_vi: z.string().min(1),
  note_en: z.string().min(1),
  sources: z
    .array(z.strictObject({ id: SourceId, short: z.string().min(1), label: z.string().min(1), url: z.string().url(), date: IsoDate, read_vi: z.string().min(1), read_en: z.string().min(1) }))
    .min(1),
  indicatorTotal: z.strictObject({ value: z.number().int().positive(), verified: z.boolean(), source: SourceId }).nullable(),
  groups: z.array(z.strictObject({ no: z.number().int().positive(), vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), source: SourceId })),
  criteria: z
    .array(z.strictObject({ no: z.number().int().positive(), vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), source: SourceId, indicators: z.array(Indicator) }))
    .min(1),
  annexes: z.array(Annex),
  districtSet: z.null(),
  districtSetNote_vi: z.string().min(1),
  districtSetNote_en: z.string().min(1),
  statuses: z.array(Status).min(1),
  statusesNote_vi: z.string().min(1),
  statusesNote_en: z.string().min(1),
});
export type FullCatalog = z.infer<typeof FullCatalogFile>;

/**
 * The catalogs agree with each other and with their content: periods in order without gaps or
 * overlaps, the first one's commune set exists in criteria.json, every other one has its file,
 * criteria numbered 1..n, indicators numbered under their criterion, sources that exist, and no
 * more indicators recorded than the total the source gives.
 */
export function checkCatalogs(index: CatalogIndex, criteriaSets: readonly CriteriaSet[], full: ReadonlyMap<string, FullCatalog>, file: string): Issue[] {
  const issues: Issue[] = [];
  const err = (field: string | null, vi: string, en: string, f = file) => issues.push(issue('error', f, null, field, vi, en));
  if (index.length === 0) err(null, 'không có bộ tiêu chí nào.', 'no catalog listed.');
  index.forEach((c, i) => {
    const at = `[${i}]`;
    if (c.id !== `${c.from}-${c.to}`) err(`${at}.id`, `mã "${c.id}" phải là "${c.from}-${c.to}" (năm đầu - năm cuối).`, `id "${c.id}" must be "${c.from}-${c.to}" (first year - last year).`);
    if (c.to < c.from) err(`${at}.to`, `năm cuối ${c.to} trước năm đầu ${c.from}.`, `last year ${c.to} is before first year ${c.from}.`);
    const prev = index[i - 1];
    if (prev && c.from !== prev.to + 1) {
      err(`${at}.from`, `giai đoạn ${c.id} phải bắt đầu ngay sau ${prev.id} (năm ${prev.to + 1}), không chồng lấn hay để trống năm nào.`, `period ${c.id} must start right after ${prev.id} (in ${prev.to + 1}), with no overlap or gap.`);
    }
    if (Number(c.inForce.slice(0, 4)) > c.to) err(`${at}.inForce`, `ngày hiệu lực ${c.inForce} sau năm cuối ${c.to} của giai đoạn.`, `in-force date ${c.inForce} is after the period's last year ${c.to}.`);
    if (c.content.communeSet) {
      const set = criteriaSets.find((s) => s.id === c.content.communeSet);
      if (!set) err(`${at}.content.communeSet`, `không có bộ "${c.content.communeSet}" trong data/criteria.json.`, `no set "${c.content.communeSet}" in data/criteria.json.`);
      // The 2021–2025 attainment columns (tc1…tc19) and count bins are built on this number.
      else if (set.criteria.length !== CRITERIA_COUNT || set.criteria.some((cr, k) => cr.no !== k + 1)) {
        err(`${at}.content.communeSet`, `bộ "${set.id}" phải có đúng ${CRITERIA_COUNT} tiêu chí đánh số 1…${CRITERIA_COUNT} (bảng kết quả có cột tc1…tc${CRITERIA_COUNT}); có ${set.criteria.length}.`, `set "${set.id}" must have exactly ${CRITERIA_COUNT} criteria numbered 1…${CRITERIA_COUNT} (the table's columns tc1…tc${CRITERIA_COUNT}); it has ${set.criteria.length}.`);
      }
    } else {
      const f = full.get(c.content.file);
      const cf = `data/${c.content.file}`;
      if (!f) {
        err(`${at}.content.file`, `không có tệp data/${c.content.file}.`, `file data/${c.content.file} not found.`);
        return;
      }
      if (f.id !== c.id) err('id', `mã "${f.id}" khác mã "${c.id}" trong ${file}.`, `id "${f.id}" differs from "${c.id}" in ${file}.`, cf);
      const sources = new Set(f.sources.map((s) => s.id));
      const cite = (field: string, id: string | null) => {
        if (id != null && !sources.has(id)) err(field, `nguồn "${id}" không có trong "sources".`, `source "${id}" is not listed in "sources".`, cf);
      };
      if (sources.size !== f.sources.length) err('sources', 'mã nguồn bị lặp.', 'a source id appears twice.', cf);
      f.criteria.forEach((cr, k) => {
        if (cr.no !== k + 1) err(`criteria[${k}].no`, `tiêu chí thứ ${k + 1} mang số ${cr.no}: các tiêu chí phải đánh số 1, 2, 3… theo thứ tự.`, `criterion ${k + 1} is numbered ${cr.no}: criteria must be numbered 1, 2, 3… in order.`, cf);
        cite(`criteria[${k}].source`, cr.source);
        const ids = new Set<string>();
        cr.indicators.forEach((ind, j) => {
          if (!ind.id.startsWith(`${cr.no}.`)) err(`criteria[${k}].indicators[${j}].id`, `chỉ tiêu ${ind.id} không thuộc tiêu chí ${cr.no}.`, `indicator ${ind.id} is not under criterion ${cr.no}.`, cf);
          if (ids.has(ind.id)) err(`criteria[${k}].indicators[${j}].id`, `chỉ tiêu ${ind.id} bị lặp.`, `indicator ${ind.id} appears twice.`, cf);
          ids.add(ind.id);
          cite(`criteria[${k}].indicators[${j}].source`, ind.source);
        });
      });
      f.groups.forEach((g, k) => {
        if (g.no !== k + 1) err(`groups[${k}].no`, `nhóm thứ ${k + 1} mang số ${g.no}.`, `group ${k + 1} is numbered ${g.no}.`, cf);
        cite(`groups[${k}].source`, g.source);
      });
      f.annexes.forEach((a, k) => {
        cite(`annexes[${k}].source`, a.source);
        a.items.forEach((it, j) => cite(`annexes[${k}].items[${j}].source`, it.source));
      });
      if (f.indicatorTotal) {
        cite('indicatorTotal.source', f.indicatorTotal.source);
        const recorded = f.criteria.reduce((n, cr) => n + cr.indicators.length, 0);
        if (recorded > f.indicatorTotal.value) err('indicatorTotal', `ghi ${recorded} chỉ tiêu, nhiều hơn tổng ${f.indicatorTotal.value} mà nguồn nêu.`, `${recorded} indicators recorded, more than the total of ${f.indicatorTotal.value} the source gives.`, cf);
      }
    }
  });
  return issues;
}

/** A later catalog's commune criteria as a criteria set of ntm.json (names, verified marks, the source of the names). */
export function communeSetOf(c: CatalogIndex[number], f: FullCatalog): CriteriaSet {
  const cited = f.criteria[0]?.source;
  const src = f.sources.find((s) => s.id === cited) ?? f.sources[0]!;
  return {
    id: communeSetId(c.from, false),
    vi: f.vi,
    en: f.en,
    decision: f.decision,
    verified: f.criteria.every((cr) => cr.verified),
    note: `${f.note_vi} / ${f.note_en}`,
    source: { label: src.label, url: src.url, date: src.date },
    criteria: f.criteria.map((cr) => ({ no: cr.no, vi: cr.vi, en: cr.en, verified: cr.verified, indicators: cr.indicators.map((i) => ({ id: i.id, vi: i.vi, en: i.en, verified: i.verified, note: null })) })),
    requirements: [],
  };
}

/** What ntm.json carries of each catalog (the default view's bytes: names only, no texts). */
export function catalogSummaries(index: CatalogIndex, full: ReadonlyMap<string, FullCatalog>, criteriaSets: readonly CriteriaSet[]): CatalogSummary[] {
  return index.map((c, i) => {
    const f = c.content.communeSet ? null : full.get(c.content.file) ?? null;
    const communeSet = c.content.communeSet ?? communeSetId(c.from, i === 0);
    return {
      id: c.id,
      vi: c.vi,
      en: c.en,
      decision: c.decision,
      from: c.from,
      to: c.to,
      inForce: c.inForce,
      inForceVerified: c.inForceVerified,
      communeSet,
      criteriaCount: f ? f.criteria.length : criteriaSets.find((s) => s.id === communeSet)?.criteria.length ?? 0,
      groups: f ? f.groups.length : 0,
      indicatorTotal: f?.indicatorTotal?.value ?? null,
      statuses: f ? f.statuses : [...NTM_STATUSES],
      detail: f ? c.content.file : null,
    };
  });
}
