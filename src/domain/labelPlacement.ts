// Greedy label placement without overlaps (issue 14: commune names at high zooms). Plain data in,
// plain data out: src/map/communeLabels.ts measures the DOM labels and projects their points;
// this decides which are shown. Labels are taken by priority (larger units first); one that would
// overlap a label already placed, or an obstacle (a district label), or leave the view, is left out.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  id: string;
  /** Anchor (the label's centre), in view pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
}

export function boxAround(c: { x: number; y: number; width: number; height: number }): Box {
  return { x0: c.x - c.width / 2, y0: c.y - c.height / 2, x1: c.x + c.width / 2, y1: c.y + c.height / 2 };
}

/** True when two boxes overlap or come closer than `gap` px. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/**
 * The ids of the labels to show: by priority (ties: by id, so the result does not depend on the
 * input order), each kept only if its box lies inside `view` and is at least `gap` px from every
 * box kept before and from every obstacle.
 */
export function placeLabels(candidates: readonly LabelCandidate[], opts: { view: Box; obstacles?: readonly Box[]; gap?: number }): Set<string> {
  const gap = opts.gap ?? 2;
  const placed: Box[] = [...(opts.obstacles ?? [])];
  const shown = new Set<string>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of order) {
    const box = boxAround(c);
    const v = opts.view;
    if (box.x0 < v.x0 || box.y0 < v.y0 || box.x1 > v.x1 || box.y1 > v.y1) continue;
    if (placed.some((p) => boxesOverlap(box, p, gap))) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}
