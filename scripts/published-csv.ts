// tsx scripts/published-csv.ts <ntm.json>: prints the published CSV of the full table (issue 17).
// Run by the build (scripts/lib/publish.ts) in its own process, so vite.config.ts's import graph
// stays free of the app's modules (Vite's future native config loader could not follow their
// extensionless imports).
import { publishedCsv } from './lib/publishCsv';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/published-csv.ts <ntm.json>');
  process.exit(2);
}
process.stdout.write(publishedCsv(file));
