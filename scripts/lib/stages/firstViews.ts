// Stage 5, first view: the static SVG of the default view (the no-WebGL fallback and print
// image) and the lighter copy index.html inlines (fills only, coarser units, simplified arcs).
import type { NtmDataset } from '../../../src/domain/types';
import { buildFirstView, type FirstView } from '../firstView';
import { fillsOnly, INLINE_SIMPLIFY_AREA, INLINE_UNITS_ZOOM } from '../firstViewInline';
import type { Assembled } from './assemble';

export interface FirstViews {
  firstView: FirstView;
  firstViewInline: string;
}

export function buildFirstViews(topology: Assembled['topology'], dataset: NtmDataset): FirstViews {
  // Round-trip through JSON so the first view is drawn from exactly what the browser loads.
  const loaded = () => JSON.parse(JSON.stringify(topology));
  const firstView = buildFirstView(loaded(), dataset);
  const inline = buildFirstView(loaded(), dataset, firstView.measure, firstView.year, { zoom: INLINE_UNITS_ZOOM, simplifyArea: INLINE_SIMPLIFY_AREA });
  return { firstView, firstViewInline: fillsOnly(inline.svg) };
}
