// The iframe + script snippet the share dialog shows. Built as a string (shown in a read-only
// <textarea>, never rendered as HTML); every attribute value is escaped.

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface EmbedCodeOptions {
  /** The embed URL (…?v=1&…&embed=1). */
  src: string;
  /** Accessible name of the frame, e.g. "Bản đồ số NTM Lâm Đồng: Tiêu chí 8, năm 2023". */
  title: string;
  /** URL of public/embed.js on the same site as `src`. */
  scriptSrc: string;
  /** Initial height in px before the frame reports its own. */
  height?: number;
}

/** Initial frame height: about the embed layout's height at article widths (600-800 px). */
export const DEFAULT_EMBED_HEIGHT = 760;

export function embedCode({ src, title, scriptSrc, height = DEFAULT_EMBED_HEIGHT }: EmbedCodeOptions): string {
  const h = Number.isInteger(height) && height > 0 && height < 5000 ? height : DEFAULT_EMBED_HEIGHT;
  const t = escapeAttr(title);
  return (
    `<iframe src="${escapeAttr(src)}" title="${t}" aria-label="${t}" loading="lazy" ` +
    `width="100%" height="${h}" style="border:0" data-ntm-map></iframe>\n` +
    `<script src="${escapeAttr(scriptSrc)}" async></script>`
  );
}

/** embed.js next to the app's index.html. */
export function embedScriptUrl(appBase: string): string {
  return new URL('embed.js', appBase).href;
}
