import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadReader } from '../../content/load-reader';
import '../../components/card.css';

/** X and Twitter: the reading experience plus the reply assistant for people drafting replies. */
export default defineContentScript({
  matches: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => loadReader(ctx, 'content-scripts/esm/x.js'),
});
