// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boxAround, boxesOverlap, placeLabels, type LabelCandidate } from './labelPlacement';
import { communeLabelText } from './labelText';

const view = { x0: 0, y0: 0, x1: 500, y1: 400 };
const c = (id: string, x: number, y: number, priority = 1, width = 80, height = 18): LabelCandidate => ({ id, x, y, width, height, priority });

describe('placeLabels', () => {
  it('keeps labels that do not touch, drops the lower-priority one of an overlapping pair', () => {
    const shown = placeLabels([c('a', 100, 100, 1), c('b', 130, 105, 5), c('c', 300, 300, 1)], { view });
    expect([...shown].sort()).toEqual(['b', 'c']);
  });

  it('no two shown boxes overlap, on a dense random field', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const cands = Array.from({ length: 300 }, (_, i) => c(`u${i}`, rnd() * 500, rnd() * 400, rnd(), 40 + rnd() * 80, 18));
    const shown = placeLabels(cands, { view, gap: 2 });
    const boxes = cands.filter((x) => shown.has(x.id)).map(boxAround);
    expect(boxes.length).toBeGreaterThan(10);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('leaves out labels cut by the view edge and those over an obstacle', () => {
    const shown = placeLabels([c('edge', 10, 100), c('under', 250, 200), c('free', 250, 50)], {
      view,
      obstacles: [{ x0: 240, y0: 190, x1: 300, y1: 210 }],
    });
    expect([...shown]).toEqual(['free']);
  });

  it('does not depend on the input order', () => {
    const list = [c('a', 100, 100), c('b', 120, 100), c('c', 140, 100)];
    expect([...placeLabels(list, { view })]).toEqual([...placeLabels([...list].reverse(), { view })]);
  });
});

describe('communeLabelText', () => {
  it('a numbered ward is named in full, other units by their name', () => {
    expect(communeLabelText('7', 'Phường 7')).toBe('Phường 7');
    expect(communeLabelText('1 Bảo Lộc', 'Phường 1 Bảo Lộc')).toBe('Phường 1 Bảo Lộc');
    expect(communeLabelText('Ka Đô', 'Xã Ka Đô')).toBe('Ka Đô');
    expect(communeLabelText('Đạ Tẻh 2', 'Xã Đạ Tẻh 2')).toBe('Đạ Tẻh 2');
  });
});
