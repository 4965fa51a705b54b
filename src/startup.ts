// The handshake between the app's entry and the first view's watchdog (issue 17). The watchdog is
// a tiny inline script in index.html (scripts/lib/watchdog.ts, inlined by vite.config.ts) that runs
// without any of the app's code: if the entry fails to load, or has not run after a bound, it shows
// a message with reload and the published CSV. The entry marks <html> as soon as it runs, and
// removes the message if a slow load showed it before the entry arrived.

/** `<html data-app-started="true">`: the entry has run. */
export const STARTED_ATTRIBUTE = 'data-app-started';
/** The watchdog's message element. */
export const WATCHDOG_ID = 'ntm-watchdog';

export function markStarted(doc: Document = document): void {
  doc.documentElement.setAttribute(STARTED_ATTRIBUTE, 'true');
  doc.getElementById(WATCHDOG_ID)?.remove();
}
