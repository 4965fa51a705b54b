import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { search, type SearchHit } from '../domain/search';
import { useGeography } from '../state/useGeography';
import { useToday } from '../state/todayStore';
import type { Selection } from '../state/store';
import { useLabels, useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';

const LIMIT = 8;

/** Name search as an ARIA 1.2 combobox with a listbox popup. */
export function SearchBox() {
  const t = useT();
  const L = useLabels();
  const idx = useIndex();
  const select = useApp((s) => s.select);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-opt-${i}`;

  const expanded = open && query.trim().length > 0;

  const labelOf = (h: SearchHit) => {
    if (!idx) return h.label;
    if (h.kind === 'district') {
      const d = idx.district(h.id);
      return d ? L.districtName(d) : h.label;
    }
    const u = idx.unit(h.id);
    return u ? L.unitName(u) : h.label;
  };
  const contextOf = (h: SearchHit) => {
    if (!idx) return h.context;
    if (h.kind === 'district') return t('search.district');
    const u = idx.unit(h.id);
    const d = u && idx.district(u.districtCode);
    return d ? L.districtName(d) : h.context;
  };

  // Issue 13: on today's map, today's units by their names and their former units' names.
  const geography = useGeography();
  const today = useToday((s) => s.today);
  type Item = { key: string; label: string; context: string; sel: Selection };
  const hits: Item[] = useMemo(() => {
    if (!query.trim()) return [];
    if (geography === '2025') {
      if (!today) return [];
      return (today.search?.(query, LIMIT) ?? []).map((h) => {
        const u = today.unit(h.code)!;
        return {
          key: `today-${h.code}-${h.via?.oldCode ?? ''}`,
          label: h.via ? t(h.via.partial ? 'search.viaPartial' : 'search.via', { old: h.via.oldLabel, new: h.label }) : h.label,
          context: h.via ? h.via.oldDistrict : t(`today.province.${u.formerProvince}`),
          sel: { kind: 'today', code: h.code },
        };
      });
    }
    if (!idx) return [];
    return search(idx, query, LIMIT).map((h) => ({ key: `${h.kind}-${h.id}`, label: labelOf(h), context: contextOf(h), sel: h.kind === 'commune' ? { kind: 'commune', gso: h.id } : { kind: 'district', code: h.id } }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idx, query, geography, today, t, L]);
  const choose = (h: Item) => {
    select(h.sel);
    setQuery(h.sel?.kind === 'today' ? today?.unit(h.sel.code)?.fullName ?? h.label : h.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!hits.length) return;
        setOpen(true);
        setActive((a) => (!expanded ? 0 : (a + 1) % hits.length));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!hits.length) return;
        setOpen(true);
        setActive((a) => (!expanded || a <= 0 ? hits.length - 1 : a - 1));
        break;
      case 'Enter': {
        if (!expanded || !hits.length) return;
        e.preventDefault();
        choose(hits[active >= 0 && active < hits.length ? active : 0]);
        break;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          e.preventDefault();
          setQuery('');
        }
        break;
      default:
    }
  };

  return (
    <div className="control search-box">
      <label htmlFor={inputId}>{t('search.label')}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < hits.length ? optionId(active) : undefined}
        value={query}
        maxLength={80}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('search.label')} className="search-list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="presentation">{t('search.noResults')}</li>
        )}
        {expanded &&
          hits.map((h, i) => (
            <li
              key={h.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              // mousedown, not click: keeps focus in the input so blur does not close the list first
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h);
              }}
            >
              <span className="search-label">{h.label}</span>
              <span className="search-context">{h.context}</span>
            </li>
          ))}
      </ul>
      <div className="sr-only" role="status" aria-live="polite">
        {expanded ? (hits.length ? t('search.resultsCount', { n: hits.length }) : t('search.noResults')) : ''}
      </div>
    </div>
  );
}
