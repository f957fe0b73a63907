/**
 * The content script's work on any page: read it through the site's adapter, highlight the
 * claims, open cards. The X entry adds the reply assistant; other sites never load it.
 *
 * What a page can learn of Puente is kept to what the reader asked for: on a site where
 * Puente is off or paused nothing is registered, read or added; elsewhere the highlight and
 * its stylesheet appear with the first claim, and the overlay (a closed shadow root the
 * page cannot read or click into) with the first card. Only the reader's own (trusted)
 * clicks and keys act, and a key the page or an input already handled is left alone.
 *
 * The work itself is a page session (`session/page-session.ts`) with `start` and `dispose`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { logFailure, setFailureSink } from '../diagnostics/log';
import { ask } from '../messaging/client';
import { highlightSupported } from './highlights';
import { createPageSession, type SessionParts } from './session/page-session';

export type { ReplyFeature, SessionParts } from './session/page-session';

export async function runContentScript(ctx: ContentScriptContext, parts: SessionParts): Promise<void> {
  if (!highlightSupported()) return;
  // This script's console is the page's: failures go to the extension's console instead.
  setFailureSink((feature, message) => {
    // If even the background cannot be reached (the extension was updated), nothing is left to tell.
    ask({ type: 'log-failure', feature, message }).catch(() => undefined);
  });
  const session = createPageSession(ctx, parts);
  try {
    await session.start();
    if (!ctx.isInvalid) ctx.onInvalidated(session.dispose);
  } catch (e) {
    logFailure('start-up', e);
  }
}
