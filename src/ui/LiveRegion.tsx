// Announces selection changes to screen readers ("Đã chọn Xã Ka Đô, Huyện Đơn Dương"), whatever
// made them: the map, search, the pilot list, the table or a district link. Rendered once, before
// any change, so the live region exists when its text changes (required for it to be read).
import { useEffect, useRef, useState } from 'react';
import type { DataIndex } from '../domain/dataIndex';
import { useLabels, useT } from '../i18n';
import { useApp, type Selection } from '../state/store';
import { useIndex } from '../state/useIndex';

type Labels = ReturnType<typeof useLabels>;
type T = ReturnType<typeof useT>;

/** The announcement for a selection, or null when there is nothing to say. */
export function selectionAnnouncement(idx: DataIndex, sel: Selection, t: T, L: Labels): string | null {
  if (!sel) return null;
  if (sel.kind === 'commune') {
    const u = idx.unit(sel.gso);
    if (!u) return null;
    const d = idx.district(u.districtCode);
    return d
      ? t('a11y.selectedCommune', { name: L.unitName(u), district: L.districtName(d) })
      : t('a11y.selectedDistrict', { name: L.unitName(u) });
  }
  const d = idx.district(sel.code);
  return d ? t('a11y.selectedDistrict', { name: L.districtName(d) }) : null;
}

export function LiveRegion() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const selection = useApp((s) => s.selection);
  const [message, setMessage] = useState('');
  const previous = useRef<Selection | undefined>(undefined);

  useEffect(() => {
    if (!idx) return;
    const prev = previous.current;
    previous.current = selection;
    // The selection a page opens with (e.g. from a permalink) is in the page title and panel already.
    if (prev === undefined) return;
    if (selection) setMessage(selectionAnnouncement(idx, selection, t, L) ?? '');
    else if (prev) setMessage(t('a11y.selectionCleared'));
    // Only selection changes speak; a language switch alone does not re-announce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection, idx]);

  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="selection-live">
      {message}
    </div>
  );
}
