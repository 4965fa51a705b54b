// npx tsx bench/startup.ts: when the app's entry starts (`ntm:main`, src/main.tsx) and when the map
// is ready, on emulated slow 3G and 4G, cold. These figures bound the first view's watchdog
// (scripts/lib/watchdog.ts): it must never fire on a slow but healthy load. Figures only.
//
// Env: STARTUP_SITE (a built site, default dist/: run `npm run build` first), STARTUP_RUNS
// (default 3), CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/e2e/helpers/browser';
import { serveStatic } from './lib/server';
import { cdp, fmtMs, NETWORKS, newContext, stats, type NetworkName } from './lib/measure';
import { ROOT } from './lib/build';

const SITE = process.env.STARTUP_SITE ?? join(ROOT, 'dist');
const RUNS = Number(process.env.STARTUP_RUNS ?? 3);

async function main() {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error(`${SITE}/index.html is missing: run \`npm run build\` first`);
  const server = await serveStatic(SITE);
  const browser = await launch();
  try {
    for (const net of Object.keys(NETWORKS) as NetworkName[]) {
      const started: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const ctx = await newContext(browser);
        const page = await ctx.newPage();
        const session = await cdp(page);
        await session.send('Network.enable');
        await session.send('Network.emulateNetworkConditions', NETWORKS[net]);
        await page.goto(server.url, { waitUntil: 'commit', timeout: 180_000 });
        await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', undefined, { timeout: 300_000, polling: 100 });
        const m = await page.evaluate(() => ({
          main: performance.getEntriesByName('ntm:main')[0]?.startTime ?? null,
          ready: performance.getEntriesByName('ntm:ready')[0]?.startTime ?? null,
        }));
        if (m.main !== null) started.push(m.main);
        if (m.ready !== null) ready.push(m.ready);
        console.log(`  ${net} run ${i + 1}/${RUNS}: entry started ${Math.round(m.main ?? NaN)} ms, ready ${Math.round(m.ready ?? NaN)} ms`);
        await ctx.close();
      }
      console.log(`${net.padEnd(8)} entry started ${fmtMs(stats(started)).padEnd(26)} map ready ${fmtMs(stats(ready))}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
