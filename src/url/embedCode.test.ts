import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HEIGHT, embedCode, embedScriptUrl, escapeAttr } from './embedCode';

describe('embedCode', () => {
  const src = 'https://ntm.example.vn/ban-do/?v=1&measure=c8&year=2023&commune=24943&embed=1';

  it('is an iframe with title, aria-label, lazy loading, full width, a height, no border, then the script', () => {
    const code = embedCode({ src, title: 'Bản đồ: Tiêu chí 8, năm 2023', scriptSrc: embedScriptUrl('https://ntm.example.vn/ban-do/') });
    expect(code).toBe(
      '<iframe src="https://ntm.example.vn/ban-do/?v=1&amp;measure=c8&amp;year=2023&amp;commune=24943&amp;embed=1" ' +
        'title="Bản đồ: Tiêu chí 8, năm 2023" aria-label="Bản đồ: Tiêu chí 8, năm 2023" loading="lazy" width="100%" ' +
        `height="${DEFAULT_EMBED_HEIGHT}" style="border:0" data-ntm-map></iframe>\n` +
        '<script src="https://ntm.example.vn/ban-do/embed.js" async></script>',
    );
  });

  it('escapes every attribute value', () => {
    const code = embedCode({ src: 'https://x/?a="><script>alert(1)</script>', title: `"' onload=alert(1) <b>`, scriptSrc: 'https://x/embed.js' });
    expect(code).not.toContain('<script>alert');
    expect(code).not.toContain('<b>');
    expect(code).toContain('title="&quot;&#39; onload=alert(1) &lt;b&gt;"');
    expect(code.match(/<iframe /g)).toHaveLength(1);
    expect(escapeAttr('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('a bad height falls back to the default', () => {
    expect(embedCode({ src, title: 't', scriptSrc: 's', height: Number.NaN })).toContain(`height="${DEFAULT_EMBED_HEIGHT}"`);
    expect(embedCode({ src, title: 't', scriptSrc: 's', height: 500 })).toContain('height="500"');
  });

  it('embed.js sits next to index.html, from any sub-path', () => {
    expect(embedScriptUrl('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/embed.js');
    expect(embedScriptUrl('https://a.vn/x/index.html')).toBe('https://a.vn/x/embed.js');
  });
});
