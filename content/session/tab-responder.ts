/**
 * The tab responder: the popup and classroom view ask the page for its claims, or to open
 * one; only this extension may, and only in the shapes `parseTabRequest` accepts. Once
 * asked for the claims, the page announces their changes (`watched`).
 */
import { browser } from 'wxt/browser';
import { parseTabRequest, type TabResponseMap } from '../../messaging/protocol';
import type { PageClaims } from '../page-claims';
import type { CardController } from './card';
import { scrollToThird } from './page-lang';

export function respondToTabs(card: CardController, claims: () => PageClaims | null, pageLang: () => 'en' | 'es', active: () => boolean, watched: () => void): () => void {
  const onTabMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'page-claims') {
      watched();
      const response: TabResponseMap['page-claims'] = {
        url: location.href,
        title: document.title,
        lang: pageLang(),
        active: active(),
        claims: (claims()?.all() ?? []).map(({ id, finding: f }) => ({
          id,
          text: f.text,
          topic: f.topic,
          factId: f.factId,
          rating: f.rating,
          answers: f.answers,
          score: f.score,
          lang: f.lang,
          ...(f.figures ? { figures: f.figures } : {}),
        })),
      };
      return Promise.resolve(response);
    }
    const claim = claims()?.byId(request.id);
    if (!claim) return Promise.resolve<TabResponseMap['open-claim']>({ ok: false });
    scrollToThird(claim.range.getBoundingClientRect());
    card.open(claim);
    return Promise.resolve<TabResponseMap['open-claim']>({ ok: true });
  };
  browser.runtime.onMessage.addListener(onTabMessage);
  return () => browser.runtime.onMessage.removeListener(onTabMessage);
}
