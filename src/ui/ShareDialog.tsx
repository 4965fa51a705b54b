// Share dialog: the permalink of the current view and the embed snippet (iframe + embed.js), each
// in a read-only field with a copy button. Native <dialog> opened with showModal(): the page
// behind is inert (focus stays inside), Escape closes, and focus returns to the opener.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { legendRows } from '../export/viewText';
import { embedCode, embedScriptUrl } from '../url/embedCode';
import { appBaseUrl, currentUrlState, permalink } from '../url/useUrlSync';
import './share.css';
import '../i18n/parts/share'; // its messages load with this chunk, not with the first view

async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no clipboard permission: select the text and try the legacy command.
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function closeDialog(d: HTMLDialogElement | null): void {
  if (!d) return;
  if (typeof d.close === 'function') d.close();
  else {
    d.removeAttribute('open');
    d.dispatchEvent(new Event('close'));
  }
}

export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const idx = useIndex();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<Element | null>(null);
  const [texts, setTexts] = useState({ link: '', code: '' });
  const [status, setStatus] = useState('');
  // Issue 15: the embed can carry a year slider with play/pause.
  const [player, setPlayer] = useState(false);
  const titleId = useId();
  const linkId = useId();
  const codeId = useId();
  const helpId = useId();

  const compute = () => {
    const s = useApp.getState();
    const state = currentUrlState();
    const view = { measure: s.measure, year: s.year, districtMode: s.districtMode, locale: s.locale, selection: s.selection, basemap: s.basemap };
    const title = idx ? legendRows(idx, view).title : t('app.title');
    return {
      link: permalink(state),
      code: embedCode({
        src: permalink({ ...state, view: 'map', embed: true, player }),
        title: t('share.iframeTitle', { title }),
        scriptSrc: embedScriptUrl(appBaseUrl()),
      }),
    };
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement;
      setTexts(compute());
      setStatus('');
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      closeDialog(dialog);
    }
  }, [open, idx, t]);

  // The embed option changes the code while the dialog is open.
  useEffect(() => {
    if (dialogRef.current?.open) setTexts(compute());
  }, [player]);

  const onDialogClose = () => {
    onClose();
    const opener = openerRef.current;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };

  const copy = async (which: 'link' | 'code') => {
    const ok = await copyText(texts[which], which === 'link' ? linkRef.current : codeRef.current);
    setStatus(ok ? t(which === 'link' ? 'share.copied' : 'share.codeCopied') : t('share.copyFailed'));
  };

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId} onClose={onDialogClose}>
      <div className="share-head">
        <h2 id={titleId}>{t('share.title')}</h2>
        <button type="button" className="share-close" onClick={() => closeDialog(dialogRef.current)} aria-label={t('share.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="share-intro">{t('share.intro')}</p>
      <label htmlFor={linkId} className="share-label">
        {t('share.linkLabel')}
      </label>
      <div className="share-row">
        <input id={linkId} ref={linkRef} className="share-link" type="url" readOnly value={texts.link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy('link')}>
          {t('share.link')}
        </button>
      </div>
      <label className="check share-player">
        <input type="checkbox" checked={player} onChange={(e) => setPlayer(e.target.checked)} />
        {t('share.embedPlayer')}
      </label>
      <label htmlFor={codeId} className="share-label">
        {t('embed.code')}
      </label>
      <textarea
        id={codeId}
        ref={codeRef}
        className="share-code"
        readOnly
        rows={5}
        spellCheck={false}
        value={texts.code}
        aria-describedby={helpId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p id={helpId} className="share-help">
        {t('share.codeHelp')}
      </p>
      <div className="share-actions">
        <button type="button" onClick={() => void copy('code')}>
          {t('share.copyCode')}
        </button>
        <button type="button" onClick={() => closeDialog(dialogRef.current)}>
          {t('share.close')}
        </button>
      </div>
      <p className="share-status" role="status" aria-live="polite">
        {status}
      </p>
    </dialog>
  );
}
