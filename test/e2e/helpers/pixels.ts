// Pixel checks in the browser itself: a PNG (a screenshot, an exported file) decoded by Chromium onto
// a canvas, sampled inside page.evaluate. Install once per page, then call window.__pngContext(b64).
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** A 2D context holding the decoded PNG (base64), for getImageData. */
    __pngContext?: (b64: string) => Promise<CanvasRenderingContext2D>;
  }
}

export async function installPngDecoder(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__pngContext = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(img, 0, 0);
      return ctx;
    };
  });
}

export type RGB = readonly [number, number, number];

/** "rgb(1, 2, 3)" or "#010203" → [1, 2, 3]. */
export function parseColor(c: string): RGB {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c.trim());
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as unknown as RGB;
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(c);
  if (!m) throw new Error(`not a colour: ${c}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** sRGB (0-255) → CIELAB (D65). */
export function toLab([r, g, b]: RGB): RGB {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [lin(r), lin(g), lin(b)];
  const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
  const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
  const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference (Euclidean distance in Lab) between two sRGB colours. */
export function deltaE76(a: RGB, b: RGB): number {
  const [p, q] = [toLab(a), toLab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
