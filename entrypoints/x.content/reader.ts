import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../content/main';
import { ReplyLayer } from '../../components/ReplyLayer';
import { startReplyAssistant } from '../../content/reply/assistant';

/** X and Twitter: the reading experience plus the reply assistant, loaded as a module by the content script. */
export default (ctx: ContentScriptContext) => runContentScript(ctx, { start: startReplyAssistant, Layer: ReplyLayer });
