// The project's own catalogs in data/*.json: schemas (zod) and cross-checks against the units and the plan.
import { z } from 'zod';
import { INDICATOR_IDS, PILOT_MODELS } from '../../src/domain/types';
import type { CriteriaSet, IndicatorId, PilotModel, PlanTarget, PublishedAggregate } from '../../src/domain/types';
import { issue, type Issue } from './issues';
import { normalizeName } from './normalize';
import type { Unit } from './units';

const SourceRef = z.strictObject({ label: z.string().min(1), url: z.string().url().nullable(), date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/) });

const Indicator = z.strictObject({ id: z.string().min(1), vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), note: z.string().nullable() });
const Criterion = z.strictObject({ no: z.number().int().min(1).max(19), vi: z.string().min(1), en: z.string().min(1), verified: z.boolean(), indicators: z.array(Indicator) });
export const CriteriaFile = z.array(
  z.strictObject({
    id: z.enum(['commune_ntm', 'commune_nang_cao', 'commune_kieu_mau', 'district_ntm', 'district_nang_cao']),
    vi: z.string().min(1),
    en: z.string().min(1),
    decision: z.string().min(1),
    verified: z.boolean(),
    note: z.string().nullable(),
    source: SourceRef,
    criteria: z.array(Criterion),
    requirements: z.array(z.strictObject({ vi: z.string().min(1), en: z.string().min(1), verified: z.boolean() })),
  }),
);

export const DistrictsFile = z.array(
  z.strictObject({
    code: z.string().regex(/^\d{3}$/),
    name: z.string().min(1),
    type: z.enum(['thanh_pho', 'huyen']),
    fullName: z.string().min(1),
    recognition: z
      .strictObject({
        status: z.enum(['dat_chuan', 'hoan_thanh_nhiem_vu']),
        year: z.number().int().nullable(),
        decision: z.string().nullable(),
        source: SourceRef,
        // One note per language (the UI shows the reader's), not "vi / en" in one string.
        note_vi: z.string().min(1).nullable(),
        note_en: z.string().min(1).nullable(),
      })
      .nullable(),
    note_vi: z.string().min(1).nullable().optional(),
    note_en: z.string().min(1).nullable().optional(),
  }),
);

export const PilotsFile = z.array(
  z.strictObject({
    gso: z.string().regex(/^\d{5}$/),
    name: z.string().min(1),
    district: z.string().min(1),
    districtCode: z.string().regex(/^\d{3}$/),
    model: z.enum(PILOT_MODELS as readonly PilotModel[] as [PilotModel, ...PilotModel[]]),
    section: z.enum(['II.2.đ', 'II.3.d', 'II.4.d']),
    planLines: z.array(z.number().int().positive()).min(1),
  }),
);

const Measure = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('commune_indicator'), indicator: z.enum(INDICATOR_IDS as readonly IndicatorId[] as [IndicatorId, ...IndicatorId[]]) }),
  z.strictObject({ kind: z.literal('commune_field'), field: z.literal('cooperative') }),
  z.strictObject({ kind: z.literal('unit_online') }),
  z.strictObject({ kind: z.literal('pilot_smart') }),
  z.strictObject({ kind: z.literal('district_indicator'), indicator: z.string().min(1) }),
  z.strictObject({ kind: z.literal('not_measurable'), reason_vi: z.string().min(1), reason_en: z.string().min(1) }),
]);
export const TargetsFile = z.array(
  z.strictObject({
    id: z.string().regex(/^I\.2\.[abcd]-\d+$/),
    section: z.enum(['I.2.a', 'I.2.b', 'I.2.c', 'I.2.d']),
    planLines: z.array(z.number().int().positive()).min(1),
    vi: z.string().min(1),
    en: z.string().min(1),
    appliesTo: z.enum(['xa', 'district', 'xa_and_district', 'province']),
    threshold: z.number().nonnegative(),
    comparator: z.enum(['>=', '>']),
    unit: z.enum(['percent', 'count']),
    measure: Measure,
    note_vi: z.string().nullable().optional(),
    note_en: z.string().nullable().optional(),
  }),
);

export const PublishedFile = z.array(
  z.strictObject({
    year: z.number().int(),
    ntm: z.number().int().nonnegative(),
    nangCao: z.number().int().nonnegative().nullable(),
    kieuMau: z.number().int().nonnegative().nullable(),
    of: z.number().int().positive(),
    source: SourceRef,
    note: z.string().nullable().optional(),
    basis: z.enum(['year_end', 'interim']).optional(),
  }),
);

/** Published counts of the former provinces merged into Lâm Đồng on 1/7/2025 (data/published-former.json):
 *  recorded with their sources, not checked against a table (the project has no data for them yet). */
export const PublishedFormerFile = z.array(
  z.strictObject({
    province: z.enum(['Đắk Nông', 'Bình Thuận']),
    year: z.number().int().min(2010).max(2025),
    ntm: z.number().int().nonnegative(),
    nangCao: z.number().int().nonnegative().nullable(),
    kieuMau: z.number().int().nonnegative().nullable(),
    of: z.number().int().positive(),
    source: SourceRef,
    verified: z.boolean(),
    note: z.string().min(1),
  }).refine((p) => p.ntm <= p.of && (p.nangCao ?? 0) <= p.ntm && (p.kieuMau ?? 0) <= (p.nangCao ?? p.ntm), { message: 'counts must nest: kiểu mẫu ≤ nâng cao ≤ NTM ≤ of' }),
);

/** Parse JSON text with a schema; one issue per schema problem, naming the JSON path. */
export function parseJsonFile<T>(text: string, schema: z.ZodType<T>, file: string): { value: T | null; issues: Issue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { value: null, issues: [issue('error', file, null, null, `JSON không hợp lệ: ${(e as Error).message}`, `invalid JSON: ${(e as Error).message}`)] };
  }
  const r = schema.safeParse(json);
  if (r.success) return { value: r.data, issues: [] };
  return {
    value: null,
    issues: r.error.issues.map((i) => issue('error', file, null, i.path.join('.') || null, `sai cấu trúc: ${i.message}`, `invalid structure: ${i.message}`)),
  };
}

/** Plan text with the lines' line breaks turned into spaces; footnote markers ("100% 1số") removed. */
export function planText(lines: readonly string[], lineNos: readonly number[]): string {
  return lineNos
    .map((n) => lines[n - 1] ?? '')
    .join(' ')
    .replace(/(\d+%) 1(?=số)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each pilot's code exists, is a xã, its name and district match, and the plan lines name it. */
export function checkPilots(pilots: z.infer<typeof PilotsFile>, units: readonly Unit[], planLines: readonly string[] | null, file: string): Issue[] {
  const issues: Issue[] = [];
  const byCode = new Map(units.map((u) => [u.gso, u]));
  const seen = new Set<string>();
  pilots.forEach((p, i) => {
    const at = `[${i}]`;
    const u = byCode.get(p.gso);
    if (seen.has(p.gso)) issues.push(issue('error', file, null, `${at}.gso`, `xã thí điểm ${p.name} (${p.gso}) bị lặp.`, `pilot ${p.name} (${p.gso}) listed twice.`));
    seen.add(p.gso);
    if (!u) {
      issues.push(issue('error', file, null, `${at}.gso`, `mã ${p.gso} (${p.name}) không có trong tệp ranh giới.`, `code ${p.gso} (${p.name}) is not in the boundary file.`));
      return;
    }
    if (u.type !== 'xa') issues.push(issue('error', file, null, `${at}.gso`, `${u.fullName} (${p.gso}) không phải là xã.`, `${u.fullName} (${p.gso}) is not a xã.`));
    if (normalizeName(u.name) !== normalizeName(p.name)) {
      issues.push(issue('error', file, null, `${at}.name`, `tên "${p.name}" không khớp với mã ${p.gso} (${u.fullName}).`, `name "${p.name}" does not match code ${p.gso} (${u.fullName}).`));
    }
    if (u.districtCode !== p.districtCode || normalizeName(u.districtName) !== normalizeName(p.district)) {
      issues.push(issue('error', file, null, `${at}.district`, `${p.name}: huyện "${p.district}" (${p.districtCode}) khác tệp ranh giới (${u.districtName}, ${u.districtCode}).`, `${p.name}: district "${p.district}" (${p.districtCode}) differs from the boundary file (${u.districtName}, ${u.districtCode}).`));
    }
    if (planLines) {
      const text = planText(planLines, p.planLines);
      if (!text.includes(p.name)) {
        issues.push(issue('error', file, null, `${at}.planLines`, `các dòng ${p.planLines.join(', ')} của kế hoạch không nêu "${p.name}".`, `plan lines ${p.planLines.join(', ')} do not name "${p.name}".`));
      }
    }
  });
  return issues;
}

/** Each target's Vietnamese wording (fragments separated by " … ") appears in its plan lines. */
export function checkTargets(targets: readonly PlanTarget[], planLines: readonly string[] | null, file: string): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  targets.forEach((t, i) => {
    if (ids.has(t.id)) issues.push(issue('error', file, null, `[${i}].id`, `mã chỉ tiêu ${t.id} bị lặp.`, `target id ${t.id} is duplicated.`));
    ids.add(t.id);
    if (!t.id.startsWith(t.section + '-')) issues.push(issue('error', file, null, `[${i}].section`, `mã ${t.id} không thuộc mục ${t.section}.`, `id ${t.id} is not in section ${t.section}.`));
    if (t.unit === 'percent' && t.threshold > 100) issues.push(issue('error', file, null, `[${i}].threshold`, `ngưỡng phần trăm > 100.`, `percent threshold > 100.`));
    if (planLines) {
      const text = planText(planLines, t.planLines);
      for (const frag of t.vi.split('…').map(squash).filter(Boolean)) {
        if (!text.includes(frag)) {
          issues.push(issue('error', file, null, `[${i}].vi`, `${t.id}: câu "${frag}" không có nguyên văn trong các dòng ${t.planLines.join(', ')} của kế hoạch.`, `${t.id}: "${frag}" is not verbatim in plan lines ${t.planLines.join(', ')}.`));
        }
      }
    }
  });
  return issues;
}

/** districts.json agrees with the boundary file (codes, names, types). */
export function checkDistricts(districts: z.infer<typeof DistrictsFile>, units: readonly Unit[], file: string): Issue[] {
  const issues: Issue[] = [];
  const fromUnits = new Map<string, Unit>();
  for (const u of units) if (!fromUnits.has(u.districtCode)) fromUnits.set(u.districtCode, u);
  const listed = new Set<string>();
  districts.forEach((d, i) => {
    listed.add(d.code);
    const u = fromUnits.get(d.code);
    if (!u) {
      issues.push(issue('error', file, null, `[${i}].code`, `huyện ${d.code} (${d.name}) không có đơn vị nào trong tệp ranh giới.`, `district ${d.code} (${d.name}) has no unit in the boundary file.`));
      return;
    }
    if (u.districtName !== d.name) issues.push(issue('error', file, null, `[${i}].name`, `tên "${d.name}" khác tệp ranh giới ("${u.districtName}").`, `name "${d.name}" differs from the boundary file ("${u.districtName}").`));
    if (u.districtType !== d.type) issues.push(issue('error', file, null, `[${i}].type`, `loại "${d.type}" khác tệp ranh giới ("${u.districtType}").`, `type "${d.type}" differs from the boundary file ("${u.districtType}").`));
  });
  for (const code of fromUnits.keys()) {
    if (!listed.has(code)) issues.push(issue('error', file, null, null, `thiếu huyện ${code} (${fromUnits.get(code)!.districtName}).`, `district ${code} (${fromUnits.get(code)!.districtName}) is missing.`));
  }
  return issues;
}

// Compile-time checks that the file schemas produce the contract types.
export type _CriteriaOk = z.infer<typeof CriteriaFile>[number] extends CriteriaSet ? true : never;
export type _TargetsOk = z.infer<typeof TargetsFile>[number] extends PlanTarget ? true : never;
export type _PublishedOk = z.infer<typeof PublishedFile>[number] extends PublishedAggregate ? true : never;
export const _contractChecks: [_CriteriaOk, _TargetsOk, _PublishedOk] = [true, true, true];
