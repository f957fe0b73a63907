import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../content/main';
import { lazyReplyFeature } from '../../content/reply/lazy';
import { xAdapter } from '../../sites/x';

/**
 * X and Twitter: the reading experience plus the reply assistant, loaded as a module by the
 * content script. It runs only on X's hosts, where sites/index.ts would always pick X's
 * adapter, so it carries no other. The assistant's own code is a chunk beside it, fetched
 * when a reply box is first focused (see modules/esm-content-scripts.ts).
 */
export default (ctx: ContentScriptContext) =>
  runContentScript(ctx, {
    adapterFor: () => xAdapter,
    replies: lazyReplyFeature(() => import('../../content/reply/reply-feature').then((m) => m.REPLY_FEATURE)),
  });
