// @vitest-environment node
// Issue 13: the criteria catalogs as data. data/catalogs.json (periods, in-force dates, decisions)
// and data/criteria-2026-2030.json (criteria, groups, annexes, sources, verified marks) are checked
// by the build with clear errors; ntm.json carries a small summary per catalog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CriteriaFile, parseJsonFile, PublishedFormerFile } from '../../../scripts/lib/catalog';
import { CatalogIndexFile, checkCatalogs, FullCatalogFile, type CatalogIndex, type FullCatalog } from '../../../scripts/lib/catalogs';
import { formatIssue } from '../../../scripts/lib/issues';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { realCatalogs } from './eraFixtures';

const text = (name: string) => readFileSync(join(REPO_ROOT, 'data', name), 'utf8');
const sets = CriteriaFile.parse(JSON.parse(text('criteria.json')));
const index = CatalogIndexFile.parse(JSON.parse(text('catalogs.json')));
const full = FullCatalogFile.parse(JSON.parse(text('criteria-2026-2030.json')));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const check = (i: CatalogIndex, f: FullCatalog | null) => checkCatalogs(i, sets, new Map(f ? [['criteria-2026-2030.json', f]] : []), 'data/catalogs.json').map(formatIssue);

describe('the catalog files', () => {
  it('the project\'s catalogs pass: 2021–2025 (QĐ 318, 19 criteria) then 2026–2030 (QĐ 51/2025, 10 criteria, 3 groups, 47 indicators)', () => {
    expect(check(index, full)).toEqual([]);
    expect(realCatalogs().summaries.map((c) => [c.id, c.from, c.to, c.inForce, c.communeSet, c.criteriaCount, c.groups, c.indicatorTotal, c.statuses.join('|'), c.detail])).toEqual([
      ['2021-2025', 2021, 2025, '2022-03-08', 'commune_ntm', 19, 0, null, 'chua_dat|ntm|nang_cao|kieu_mau', null],
      ['2026-2030', 2026, 2030, '2026-02-15', 'commune_ntm_2026', 10, 3, 47, 'chua_dat|ntm', 'criteria-2026-2030.json'],
    ]);
  });
  it('every 2026–2030 entry names a listed source and is marked verified or not; no indicator text is invented', () => {
    const ids = new Set(full.sources.map((s) => s.id));
    for (const c of full.criteria) expect(ids.has(c.source)).toBe(true);
    for (const g of full.groups) expect(ids.has(g.source)).toBe(true);
    expect(full.criteria.map((c) => c.vi)).toEqual([
      'Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế',
      'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn',
      'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng',
    ]);
    // No source read gives the indicators' numbers or texts: none recorded (the total is).
    expect(full.criteria.flatMap((c) => c.indicators)).toEqual([]);
    expect(full.annexes.map((a) => [a.annex, a.kind])).toEqual([['Phụ lục II', 'modern_pilot'], ['Phụ lục III', 'province_completion']]);
    expect(full.districtSet).toBeNull();
  });
  it('rejects overlapping or gapped periods', () => {
    const i = clone(index);
    i[1]!.from = 2025;
    i[1]!.id = '2025-2030';
    expect(check(i, { ...full, id: '2025-2030' })).toEqual([
      'data/catalogs.json [[1].from] LỖI: giai đoạn 2025-2030 phải bắt đầu ngay sau 2021-2025 (năm 2026), không chồng lấn hay để trống năm nào. | ERROR: period 2025-2030 must start right after 2021-2025 (in 2026), with no overlap or gap.',
    ]);
  });
  it('rejects criteria out of order, an unknown source, a missing file and more indicators than the total', () => {
    const f = clone(full);
    f.criteria[2]!.no = 4;
    f.criteria[0]!.source = 'nowhere';
    f.indicatorTotal!.value = 1;
    f.criteria[0]!.indicators = [{ id: '1.1', vi: 'a', en: 'a', verified: false, source: null }, { id: '2.1', vi: 'b', en: 'b', verified: false, source: null }];
    expect(check(index, f)).toEqual([
      'data/criteria-2026-2030.json [criteria[0].source] LỖI: nguồn "nowhere" không có trong "sources". | ERROR: source "nowhere" is not listed in "sources".',
      'data/criteria-2026-2030.json [criteria[0].indicators[1].id] LỖI: chỉ tiêu 2.1 không thuộc tiêu chí 1. | ERROR: indicator 2.1 is not under criterion 1.',
      'data/criteria-2026-2030.json [criteria[2].no] LỖI: tiêu chí thứ 3 mang số 4: các tiêu chí phải đánh số 1, 2, 3… theo thứ tự. | ERROR: criterion 3 is numbered 4: criteria must be numbered 1, 2, 3… in order.',
      'data/criteria-2026-2030.json [indicatorTotal] LỖI: ghi 2 chỉ tiêu, nhiều hơn tổng 1 mà nguồn nêu. | ERROR: 2 indicators recorded, more than the total of 1 the source gives.',
    ]);
    expect(check(index, null)).toEqual(['data/catalogs.json [[1].content.file] LỖI: không có tệp data/criteria-2026-2030.json. | ERROR: file data/criteria-2026-2030.json not found.']);
  });
  it('rejects a 2021–2025 set that is not 19 criteria (the tc1…tc19 columns)', () => {
    const s = clone(sets);
    s[0]!.criteria.pop();
    expect(checkCatalogs(index, s, new Map([['criteria-2026-2030.json', full]]), 'data/catalogs.json').map((i) => i.en)).toEqual([
      'set "commune_ntm" must have exactly 19 criteria numbered 1…19 (the table\'s columns tc1…tc19); it has 18.',
    ]);
  });
  it('a schema error names the file and the JSON path', () => {
    const bad = JSON.parse(text('criteria-2026-2030.json'));
    delete bad.criteria[0].verified;
    const r = parseJsonFile(JSON.stringify(bad), FullCatalogFile, 'data/criteria-2026-2030.json');
    expect(r.issues.map(formatIssue)).toEqual([expect.stringMatching(/^data\/criteria-2026-2030\.json \[criteria\.0\.verified\] LỖI: sai cấu trúc/)]);
  });
});

describe('data/published-former.json', () => {
  it('records the former Đắk Nông\'s published counts with their sources; counts must nest', () => {
    const r = parseJsonFile(text('published-former.json'), PublishedFormerFile, 'data/published-former.json');
    expect(r.issues).toEqual([]);
    expect(r.value!.map((p) => [p.province, p.year, p.ntm, p.of, p.verified])).toEqual([['Đắk Nông', 2021, 29, 60, true], ['Đắk Nông', 2023, 36, 60, false]]);
    const bad = JSON.parse(text('published-former.json'));
    bad[0].ntm = 61;
    expect(parseJsonFile(JSON.stringify(bad), PublishedFormerFile, 'f').issues.map((i) => i.en)).toEqual(['invalid structure: counts must nest: kiểu mẫu ≤ nâng cao ≤ NTM ≤ of']);
  });
});
