// An error boundary for one part of the page (issue 17): the map, the table, the leaders' view, the
// details panel, the share dialog, the embed, or the whole app. When the part's chunk cannot be
// loaded (offline, or its file gone after a redeploy) or it throws while rendering, the part shows,
// in the reader's language, what failed, a "Retry" (loads the chunk again, see lazyPart.ts) and a
// "Reload the page" (after a redeploy only a reload helps: it fetches the new index.html and with it
// the new chunk names). Everything outside the boundary keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT, type MessageKey } from '../i18n';
import { PUBLISHED_ATTAINMENT_CSV } from '../data/urls';
import { isChunkLoadError, isOffline } from './lazyPart';
import { StaticMap } from './FirstView';
import { showTable } from './showTable';
import './resilience.css';

export type PartId = 'app' | 'map' | 'table' | 'leaders' | 'details' | 'share' | 'embed' | 'today' | 'catalog';

export interface PartBoundaryProps {
  part: PartId;
  children: ReactNode;
  /** Makes the part loadable again (LazyPart.retry of its lazy components). Without it: reload only. */
  onRetry?: () => void;
  /** More in the message (the map's: a way to the table and the static picture). */
  extra?: ReactNode;
}

interface State {
  error: unknown;
}

export class PartBoundary extends Component<PartBoundaryProps, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    // For whoever looks at the console; the reader gets the message below, never this text.
    console.error(`[${this.props.part}]`, error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <PartFailed part={this.props.part} chunk={isChunkLoadError(this.state.error)} onRetry={this.props.onRetry ? this.retry : undefined}>
        {this.props.extra}
      </PartFailed>
    );
  }
}

function PartFailed({ part, chunk, onRetry, children }: { part: PartId; chunk: boolean; onRetry?: () => void; children?: ReactNode }) {
  const t = useT();
  const whole = part === 'app';
  return (
    <div className={`status-msg error part-error part-error-${part}`} role="alert" data-part={part}>
      <h2 className="status-title">{t(`partError.${part}` as MessageKey)}</h2>
      <p>{isOffline() ? t('partError.offline') : chunk ? t('partError.chunk') : t('partError.bug')}</p>
      {!whole && <p>{t('partError.restWorks')}</p>}
      <div className="part-error-actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )}
        <button type="button" className={onRetry ? 'secondary' : undefined} onClick={() => window.location.reload()}>
          {t('partError.reload')}
        </button>
      </div>
      {onRetry && <p className="hint">{t('partError.reloadHint')}</p>}
      {whole && (
        <p>
          <a href={PUBLISHED_ATTAINMENT_CSV} download>
            {t('partError.csv')}
          </a>
        </p>
      )}
      {children}
    </div>
  );
}

/** The map's message also offers what the no-WebGL one does: the table, and the static picture. */
export function MapFailedExtra() {
  const t = useT();
  return (
    <>
      <p>{t('error.stillAvailable')}</p>
      <button type="button" className="fallback-action" onClick={showTable}>
        {t('error.showTable')}
      </button>
      <StaticMap alt={t('map.label')} />
    </>
  );
}
