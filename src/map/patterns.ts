// Non-colour cues for map classes: small repeating images registered with MapLibre.
// Drawn on a canvas at runtime so no sprite file or remote request is needed.
export type PatternName = 'hatch' | 'dots' | 'cross';
export const PATTERN_NAMES: readonly PatternName[] = ['hatch', 'dots', 'cross'];

const SIZE = 12;

export function patternImage(name: PatternName, ratio = 1): ImageData {
  const px = SIZE * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  // willReadFrequently: a CPU-backed canvas. Issue #7: the default (GPU-accelerated) canvas made the
  // getImageData below wait for the GPU process: ~0.6 s of a cold load in headless Chromium, where
  // MapLibre asks for the patterns while it draws its first frame.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.scale(ratio, ratio);
  ctx.strokeStyle = 'rgba(20,20,20,0.55)';
  ctx.fillStyle = 'rgba(20,20,20,0.55)';
  ctx.lineWidth = 1.2;
  if (name === 'hatch') {
    // Diagonal lines that tile seamlessly.
    ctx.beginPath();
    for (const o of [-SIZE, 0, SIZE]) {
      ctx.moveTo(o, SIZE);
      ctx.lineTo(o + SIZE, 0);
    }
    ctx.stroke();
  } else if (name === 'dots') {
    ctx.beginPath();
    ctx.arc(SIZE / 2, SIZE / 2, 1.8, 0, Math.PI * 2);
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(SIZE / 2, 2);
    ctx.lineTo(SIZE / 2, SIZE - 2);
    ctx.moveTo(2, SIZE / 2);
    ctx.lineTo(SIZE - 2, SIZE / 2);
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, px, px);
}
