import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../content/main';
import { adapterFor } from '../../sites';

/** Every page but X: loaded as a module by the content script (see modules/esm-content-scripts.ts). */
export default (ctx: ContentScriptContext) => runContentScript(ctx, { adapterFor });
