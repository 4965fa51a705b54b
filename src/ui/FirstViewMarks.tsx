// Issue 14, "answers before the map": on a slow link the search, the panels and the table work
// from the data while MapLibre still loads, over the static first view. This draws on that picture
// what the live map would show of the person's choices: the selected unit's outline, and, when the
// picture no longer shows the chosen measure, year or boundaries, a line that says what it shows.
import { useMemo } from 'react';
import type { MapGeo } from '../domain/geo';
import { outlinePath, staticProjection } from '../domain/staticMap';
import type { Bbox } from '../domain/geo';
import { useLabels, useT } from '../i18n';
import type { MeasureId } from '../domain/measures';
import { useApp } from '../state/store';
import { useGeography } from '../state/useGeography';

export interface FirstViewPicture {
  measure: string;
  year: number;
  /** The picture's extent (its `data-bounds`): outlines are projected onto it, whatever the geography. */
  bounds: Bbox;
}

export function FirstViewMarks({ picture, geo }: { picture: FirstViewPicture; geo: MapGeo | null }) {
  const t = useT();
  const L = useLabels();
  const sets = useApp((s) => s.data?.criteriaSets);
  const selection = useApp((s) => s.selection);
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const geography = useGeography();
  const proj = useMemo(() => staticProjection(picture.bounds, 8), [picture.bounds]);

  const outline = useMemo(() => {
    if (!geo || !selection) return null;
    const f =
      selection.kind === 'district'
        ? geo.districts.features.find((d) => d.properties.code === selection.code)
        : geo.communes.features.find((c) => c.properties.gso === (selection.kind === 'today' ? selection.code : selection.gso));
    return f ? outlinePath(f.geometry, proj) : null;
  }, [geo, selection, proj]);

  const stale = measure !== picture.measure || year !== picture.year || districtMode || geography !== '2020';
  return (
    <>
      {outline && (
        <svg className="fv-marks" viewBox={proj.viewBox.join(' ')} preserveAspectRatio="xMidYMid meet" data-testid="first-view-selection">
          <path d={outline} fill="none" stroke="#fff" strokeWidth={6} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
          <path d={outline} fill="none" stroke="#1d1d1b" strokeWidth={3} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
        </svg>
      )}
      {stale && <p className="fv-note">{t('firstView.stale', { measure: L.measureLabel(picture.measure as MeasureId, sets), year: picture.year })}</p>}
    </>
  );
}
