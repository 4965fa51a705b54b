// npm run data:attainment: (re)write data/attainment.csv, the illustrative attainment table.
// Reproducible: fixed seed, published facts from scripts/lib/facts.ts, units from the boundary file.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAttainment, toCsv } from './lib/generate';
import { buildPaths, REPO_ROOT } from './lib/paths';
import { readUnits } from './lib/units';
import { formatIssue } from './lib/issues';

const paths = buildPaths();
let text: string;
try {
  text = readFileSync(paths.boundaries, 'utf8');
} catch (e) {
  process.stderr.write(`Không đọc được tệp ranh giới / cannot read boundary file: ${paths.boundaries} (${(e as NodeJS.ErrnoException).code}). Đặt / set NTM_BOUNDARIES=<path>\n`);
  process.exit(1);
}
const { units, issues } = readUnits(JSON.parse(text), paths.boundaries);
if (issues.length) {
  for (const i of issues) process.stderr.write(formatIssue(i) + '\n');
  process.exit(1);
}
const rows = generateAttainment(units);
const out = join(REPO_ROOT, 'data', 'attainment.csv');
writeFileSync(out + '.tmp', toCsv(rows));
renameSync(out + '.tmp', out);
const facts = rows.filter((r) => r.source !== 'illustrative').length;
console.log(`data/attainment.csv: ${rows.length} dòng / rows (${facts} theo nguồn công bố / from published facts, ${rows.length - facts} minh họa / illustrative)`);
