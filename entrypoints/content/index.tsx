import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadReader } from '../../content/load-reader';
import '../../components/card.css';

/** Every page but X: the reading experience without the reply assistant's code. */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  excludeMatches: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => loadReader(ctx, 'content-scripts/esm/content.js'),
});
