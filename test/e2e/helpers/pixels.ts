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
