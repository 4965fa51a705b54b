import type { ReactNode } from 'react';
import { useT } from '../i18n';

/** Page title and subtitle (plan 5306/KH-UBND, or another page's own: the data desk); `children`
 *  are header actions (e.g. LanguageToggle). */
export function Header({ children, title, subtitle }: { children?: ReactNode; title?: string; subtitle?: string }) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1 className="app-title">{title ?? t('app.title')}</h1>
        <p className="app-subtitle">{subtitle ?? t('app.subtitle')}</p>
      </div>
      {children && <div className="app-header-actions">{children}</div>}
    </header>
  );
}
