// The first view's watchdog (issue 17): a tiny inline script that vite.config.ts puts at the top of
// the built index.html (and embed.html). It runs before, and without, any of the app's code, so it
// still works when that code cannot: the entry (assets/index-*.js) or a chunk it imports fails to
// load (offline, a redeploy that removed the old chunk names, a page opened on a deeper path where
// the relative assets 404), fails to evaluate (an old browser), or has not run after a bound. Then
// it puts a message above the static first view: what happened, "Reload the page", and a link to
// the full data table as a CSV the build publishes (data/…csv), which needs no code at all.
//
// - The entry marks <html data-app-started> as soon as it runs and removes the message if a slow
//   load showed it first (src/startup.ts); the message never appears once the app has started.
// - Texts: both languages' short texts are inlined here, taken at build time from src/i18n (vi.ts,
//   en.ts), because the app's translations are in the code that failed. The language is the link's
//   (`locale=en`, or `lang=en` in v0 links), Vietnamese otherwise, as the app chooses it.
// - It drops a hash longer than MAX_HASH_LENGTH before the page's other scripts run (a 1 MB hash
//   slowed the whole load: the browser resolves every URL of the page against it).
// - It is in every visitor's HTML: ES5, no dependency, ≈1 KB gzip with the texts. A strict CSP
//   allows it by its hash (scripts/lib/csp.ts computes it from the built HTML); it builds its
//   message with createElement/textContent only.
import { en } from '../../src/i18n/en.ts';
import { vi, type CoreMessageKey } from '../../src/i18n/vi.ts';
import { PUBLISHED_ATTAINMENT_CSV } from '../../src/data/urls.ts';
import { STARTED_ATTRIBUTE, WATCHDOG_ID } from '../../src/startup.ts';
import { MAX_HASH_LENGTH } from '../../src/url/limits.ts';

/**
 * How long a healthy load may take to start the entry. `npx tsx bench/startup.ts` (DevTools' slow
 * 3G: 2 s round trip, 400 kbit/s, cold cache) measured the entry starting at 6.3 s (6263-6331 ms,
 * 3 runs, bench/RESULTS.md); 30 s is ≈5× that, so a link about five times slower than slow 3G
 * (≈80 kbit/s, GPRS class) still starts before it fires. If an even slower link makes it fire, the
 * message goes away the moment the entry runs. Failures that the browser reports (the entry or one
 * of its imports failing to load or to run) show the message at once, not after this bound.
 */
export const WATCHDOG_BOUND_MS = 30_000;

/** The id of the <script> element in the built HTML (it removes itself when it has run). */
export const WATCHDOG_SCRIPT_ID = 'ntm-watchdog-script';

const KEYS: readonly CoreMessageKey[] = ['watchdog.title', 'watchdog.body', 'partError.reload', 'partError.csv'];

/** JSON that is safe inside <script>…</script>. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The script's source (ES5; written small by hand: it is in every page). */
export function watchdogSource(boundMs = WATCHDOG_BOUND_MS): string {
  const texts = [KEYS.map((k) => vi[k]), KEYS.map((k) => en[k])];
  return (
    // The element removes itself once run (its listeners stay): the live page has no inline
    // script, so a test that finds one has found an injected one.
    `(function(d,w){var L=location,s=d.currentScript,T=${scriptJson(texts)},n=0;s&&s.parentNode.removeChild(s);` +
    `if(L.hash.length>${MAX_HASH_LENGTH})try{history.replaceState(history.state,'',L.pathname+L.search)}catch(x){}` +
    `function e(g,x,p){g=d.createElement(g);g.textContent=x;p&&p.appendChild(g);return g}` +
    `function f(){if(n||d.documentElement.hasAttribute(${scriptJson(STARTED_ATTRIBUTE)}))return;` +
    `if(!d.body)return d.addEventListener('DOMContentLoaded',f);n=1;` +
    `var t=T[/[?&](locale|lang)=en(&|$)/.test(L.search)?1:0],m=d.querySelector('#root .main')||d.body,b=e('div',''),a;` +
    `b.id=${scriptJson(WATCHDOG_ID)};b.className='status-msg error';b.setAttribute('role','alert');` +
    `e('h2',t[0],b).className='status-title';e('p',t[1],b);e('button',t[2],b).onclick=function(){L.reload()};` +
    `a=e('a',t[3],e('p','',b));a.href=${scriptJson(PUBLISHED_ATTAINMENT_CSV)};a.download='';m.insertBefore(b,m.firstChild)}` +
    // Load errors do not bubble: a capturing listener on window sees them. A SCRIPT that failed to
    // load is the entry (or, for a module, one of its static imports); an error thrown from our
    // assets before the entry ran means it will not run.
    `w.addEventListener('error',function(v){var g=v.target;if(g&&g.tagName=='SCRIPT'||/\\/assets\\//.test(v.filename))f()},true);` +
    `setTimeout(f,${boundMs})})(document,window);`
  );
}

/** The <script> element vite.config.ts inlines at the top of <head>. */
export function watchdogScript(boundMs = WATCHDOG_BOUND_MS): string {
  return `<script id="${WATCHDOG_SCRIPT_ID}">${watchdogSource(boundMs)}</script>`;
}
