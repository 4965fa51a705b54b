// npm run data: build public/data/geo.json (TopoJSON) and public/data/ntm.json (NtmDataset).
// Inputs: the boundary file (NTM_BOUNDARIES, default ../shared/data/lam-dong-communes.geojson),
// data/*.json and the attainment table (NTM_ATTAINMENT, default data/attainment.csv).
// Nothing is written unless there are zero errors; outputs are written to temp files and renamed.
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataBuildError, errorsOf, formatReport, warningsOf } from './lib/issues';
import { buildDate, datasetJson, targetsJson } from './lib/dataset';
import { buildPaths, displayPath } from './lib/paths';
import { BoundaryFileError, buildDataset, type BuildReport } from './lib/pipeline';
import { byteSizes } from './lib/topo';
import { legendHtml } from './lib/firstView';
import { translate } from '../src/i18n/translate';

const km2 = (x: number) => x.toFixed(1).padStart(8);
const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

function printReport(r: BuildReport, sizes: { file: string; raw: number; gzip: number }[]): void {
  const out: string[] = [];
  out.push(`Đơn vị / units: ${r.units.total} (${r.units.xa} xã, ${r.units.phuong} phường, ${r.units.thiTran} thị trấn); huyện / districts: ${r.units.districts}`);
  out.push(`Làm sạch / cleaning (mapshaper -clean gap-width=${r.cleaning.gapWidthM}m): ${r.cleaning.log.join('; ')}`);
  const sorted = [...r.areaChecks].sort((a, b) => a.ratio - b.ratio);
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const smallest = [...r.areaChecks].sort((a, b) => a.rawKm2 - b.rawKm2)[0]!;
  out.push(`Diện tích đơn vị sau/trước / unit area clean/raw: min ×${lo.ratio.toFixed(3)} (${lo.label}), max ×${hi.ratio.toFixed(3)} (${hi.label}); đơn vị nhỏ nhất / smallest: ${smallest.label} ${smallest.rawKm2.toFixed(2)} → ${smallest.cleanKm2.toFixed(2)} km²`);
  out.push('Diện tích huyện (km²) / district areas: code name | tổng xã thô / raw sum | hợp thô / raw union (lỗ/holes) | sạch / clean | Δ clean−raw union');
  for (const d of r.districtAreas) {
    out.push(`  ${d.code} ${d.name.padEnd(10)} | ${km2(d.rawSumKm2)} | ${km2(d.rawUnionKm2)} (${String(d.rawHoles).padStart(2)}) | ${km2(d.cleanKm2)} | ${pct(d.cleanKm2 - d.rawUnionKm2)}`);
  }
  const p = r.province;
  out.push(
    `Tỉnh / province: tổng thô / raw sum ${p.rawSumKm2.toFixed(1)} km²; hợp thô / raw union ${p.rawUnionKm2.toFixed(1)} km² ` +
      `(chồng lấn / overlaps counted twice in the sum: ${p.overlapKm2.toFixed(1)} km²; ${p.rawGapHoles} khe hở bên trong / interior gaps: ${p.rawGapKm2.toFixed(1)} km²); ` +
      `sau làm sạch / clean ${p.cleanKm2.toFixed(1)} km² = hợp thô + khe hở đã lấp / raw union + gaps filled (${(p.cleanKm2 - p.rawUnionKm2).toFixed(1)} km²); không bỏ mảnh nào / no piece dropped`,
  );
  out.push(`Bảng kết quả / attainment: ${r.attainmentFile}, ${r.attainmentRows} dòng / rows (${r.illustrativeRows} minh họa / illustrative)`);
  for (const c of r.counts) out.push(`  ${c.year}: ${c.rows} xã có dòng / with rows; NTM ${c.ntm}, nâng cao ${c.nangCao}, kiểu mẫu ${c.kieuMau}`);
  for (const pr of r.published) out.push(`  Đối chiếu công bố / published check ${pr.ok ? 'OK' : 'KHÁC / MISMATCH'}: ${pr.text}`);
  out.push(`TopoJSON quantization: ${r.quantization}`);
  let totalGz = 0;
  for (const s of sizes) {
    // Files loaded only when asked for (the 2026–2030 catalog, the desk's codes) are listed apart.
    const lazy = /(criteria-\d{4}-\d{4}|codes)\.json$/.test(s.file);
    if (!lazy) totalGz += s.gzip;
    out.push(`  ${s.file}: ${s.raw.toLocaleString('en')} B, gzip ${s.gzip.toLocaleString('en')} B${lazy ? ' (tải khi cần / loaded when asked for)' : ''}`);
  }
  out.push(`  Tổng gzip / total gzip: ${totalGz.toLocaleString('en')} B (${(totalGz / 1024).toFixed(1)} KB)`);
  console.log(out.join('\n'));
}

async function main(): Promise<number> {
  const paths = buildPaths();
  let result;
  try {
    // SOURCE_DATE_EPOCH fixes meta.generatedAt (and a custom table's source date) to the second:
    // the officers' desk names the second it published with, so its ntm.json can be rebuilt to the byte.
    result = await buildDataset(paths, buildDate(process.env));
  } catch (e) {
    if (e instanceof BoundaryFileError) {
      process.stderr.write(e.message + '\n');
      return 1;
    }
    if (e instanceof DataBuildError) {
      const errs = errorsOf(e.issues);
      const warns = warningsOf(e.issues);
      // The first 200 errors (then warnings), then the count by kind: 100k bad rows stay readable.
      for (const line of formatReport(e.issues)) process.stderr.write(line + '\n');
      process.stderr.write(`${errs.length} lỗi, ${warns.length} cảnh báo: không ghi tệp nào / ${errs.length} error(s), ${warns.length} warning(s): nothing written.\n`);
      return 1;
    }
    throw e;
  }
  for (const line of formatReport(warningsOf(result.issues))) process.stderr.write(line + '\n');

  const geoText = JSON.stringify(result.topology);
  const ntmText = datasetJson(result.dataset);
  mkdirSync(paths.outDir, { recursive: true });
  const outputs = [
    { name: 'geo.json', text: geoText },
    { name: 'ntm.json', text: ntmText },
    { name: 'targets.json', text: targetsJson(result.targets) },
    // Instant first view (issue #7): inlined into index.html by vite.config.ts, also the
    // no-WebGL fallback and print image (src/ui/FirstView.tsx).
    { name: 'first-view.svg', text: result.firstView.svg },
    { name: 'first-view-inline.svg', text: result.firstViewInline },
    // Today's geography (issue 13): loaded by the app only when asked for.
    { name: 'geo-2025.json', text: JSON.stringify(result.today.topology) },
    { name: 'today.json', text: JSON.stringify(result.today.record) },
    ...result.lazyFiles,
    { name: 'first-view.json', text: JSON.stringify({ measure: result.firstView.measure, year: result.firstView.year, bounds: result.firstView.bounds, viewBox: result.firstView.viewBox, legend: result.firstView.legend, legendHtml: legendHtml(result.firstView.legend), title: translate('vi', 'app.title'), subtitle: translate('vi', 'app.subtitle') }) },
  ];
  const tmp = outputs.map((o) => ({ ...o, final: join(paths.outDir, o.name), tmp: join(paths.outDir, `.${o.name}.${process.pid}.tmp`) }));
  try {
    for (const o of tmp) writeFileSync(o.tmp, o.text);
    for (const o of tmp) renameSync(o.tmp, o.final);
  } finally {
    for (const o of tmp) rmSync(o.tmp, { force: true });
  }
  // Record which inputs this build used, for scripts/ensure-data.ts.
  writeFileSync(join(paths.outDir, '.inputs.json'), JSON.stringify({ boundaries: paths.boundaries, attainment: paths.attainment, boundaries2025: paths.boundaries2025, crosswalk: paths.crosswalk }) + '\n');
  const t = result.today.record;
  console.log(`Địa giới 2025 / today's geography: ${t.units.length} đơn vị / units (${Object.entries(t.geography.counts).map(([k, n]) => `${n} ${k}`).join(', ')}); bảng chuyển đổi / crosswalk: ${t.crosswalk.length} dòng / rows (${t.crosswalk.filter((r) => r.share === 'partial').length} partial)`);
  printReport(
    result.report,
    outputs.map((o) => ({ file: displayPath(join(paths.outDir, o.name)), ...byteSizes(o.text) })),
  );
  console.log(`Đã ghi / written: ${displayPath(paths.outDir)}/geo.json, ntm.json, targets.json, first-view.svg, first-view-inline.svg, first-view.json, geo-2025.json, today.json, ${result.lazyFiles.map((f) => f.name).join(', ')} (${warningsOf(result.issues).length} cảnh báo / warnings)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`Lỗi không mong đợi / unexpected error: ${(e as Error).stack ?? e}\n`);
    process.exit(2);
  },
);
