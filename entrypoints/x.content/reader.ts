import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../content/main';
import { lazyReplyFeature } from '../../content/reply/lazy';

/**
 * X and Twitter: the reading experience plus the reply assistant, loaded as a module by the
 * content script; the assistant's own code is a chunk beside it, fetched when a reply box is
 * first focused (see modules/esm-content-scripts.ts).
 */
export default (ctx: ContentScriptContext) =>
  runContentScript(
    ctx,
    lazyReplyFeature(() => import('../../content/reply/reply-feature').then((m) => m.REPLY_FEATURE)),
  );
