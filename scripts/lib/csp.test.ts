// @vitest-environment node
// Issue 17: two policies (full app / embed page) that differ only in frame-ancestors; the watchdog
// allowed by its hash; old embed codes redirected to the embed page.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, embedRedirect, inlineScriptHashes, inlineScripts, inlineStyleHashes } from './csp';
import { watchdogScript, watchdogSource } from './watchdog';

const directives = (p: string) => Object.fromEntries(p.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));

describe('Content-Security-Policy', () => {
  it('the full app may be framed by its own site only, the embed page by any site; nothing else differs', () => {
    const hashes = { styles: ["'sha256-a'"], scripts: ["'sha256-b'"] };
    const app = directives(contentSecurityPolicy(hashes, 'app'));
    const embed = directives(contentSecurityPolicy(hashes, 'embed'));
    expect(app['frame-ancestors']).toBe("'self'");
    expect(embed['frame-ancestors']).toBe('*');
    expect({ ...app, 'frame-ancestors': '' }).toEqual({ ...embed, 'frame-ancestors': '' });
    expect(app['script-src']).toBe("'self' 'sha256-b'");
    expect(app['style-src']).toBe("'self' 'sha256-a'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('hashes the watchdog exactly as the browser does (the element\'s text)', () => {
    const html = `<head><meta charset="UTF-8" />${watchdogScript()}<script type="module" src="./assets/x.js"></script><style>a{}</style></head>`;
    const expected = `'sha256-${createHash('sha256').update(watchdogSource(), 'utf8').digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
    expect(inlineScripts(html)).toHaveLength(1);
    expect(inlineStyleHashes(html)).toHaveLength(1);
  });

  it('old embed codes (index.html?…&embed=1) go to embed.html with the same query; nothing else does', () => {
    expect(embedRedirect('/?v=1&measure=c8&embed=1')).toBe('/embed.html?v=1&measure=c8&embed=1');
    expect(embedRedirect('/ban-do/index.html?embed=1&v=1')).toBe('/ban-do/embed.html?embed=1&v=1');
    // Ambiguous for the app's codec, still the embed: the framed document is always the embed page.
    expect(embedRedirect('/?embed=0&embed=1')).toBe('/embed.html?embed=0&embed=1');
    for (const url of ['/', '/?v=1&measure=c8', '/?embed=0', '/?xembed=1', '/embed.html?embed=1', '/assets/x.js?embed=1', '/data/ntm.json?embed=1']) {
      expect(embedRedirect(url), url).toBeNull();
    }
  });
});
