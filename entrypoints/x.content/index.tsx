import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../content/main';
import { ReplyLayer, startReplyAssistant } from '../../content/reply-assistant';
import '../../components/card.css';

/** X and Twitter: the reading experience plus the reply assistant for people drafting replies. */
export default defineContentScript({
  matches: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runContentScript(ctx, { start: startReplyAssistant, Layer: ReplyLayer }),
});
