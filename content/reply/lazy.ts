/**
 * The reply assistant, loaded when it is first needed: until a reply box is focused only a
 * focus listener runs (x-page.ts recognises the box), and the assistant's code (its panel,
 * the replies it composes, its styles: reply-feature.ts) is fetched then. Once loaded, it
 * attaches to the box that has focus and takes over.
 */
import { chunkLoader } from '../chunk-loader';
import type { ReplyFeature } from '../session/page-session';
import type { ReplyAssistant } from './assistant';
import { editorFor, isReplyShortcut } from './x-page';

const HIDDEN = { visible: false, open: false, warn: false, editor: null, view: null } as const;
const NO_LAYER = () => null;

export function lazyReplyFeature(fetch: () => Promise<ReplyFeature>): ReplyFeature {
  const load = chunkLoader('reply-assistant', fetch);
  let loaded: ReplyFeature | null = null;
  return {
    start(options) {
      let real: ReplyAssistant | null = null;
      let loading = false;
      // Alt+Shift+R pressed while the code is still on its way: the panel opens once it arrives.
      let openWhenLoaded = false;
      const enabled = options.enabled ?? (() => true);
      const doc = options.doc ?? document;
      options.ctx.addEventListener(doc, 'focusin', (event) => {
        if (loading || !editorFor(event.target) || !enabled()) return;
        loading = true;
        // The draft is read by the engine: fetch it alongside if the page has not needed it yet.
        void options.whenEngine?.();
        load().then((feature) => {
          // A failed fetch (logged by the loader) leaves the box as it was: the next focus asks
          // again, and Alt+Shift+R is no longer held back for a panel that is not coming.
          if (!feature) {
            loading = false;
            openWhenLoaded = false;
            return;
          }
          loaded = feature;
          real = feature.start(options);
          if (openWhenLoaded) real.openPanel(null);
          options.onChange();
        });
      });
      options.ctx.addEventListener(
        doc,
        'keydown',
        (event) => {
          if (real || !loading || !isReplyShortcut(event) || !editorFor(event.target) || !enabled()) return;
          event.preventDefault();
          event.stopPropagation();
          openWhenLoaded = true;
        },
        { capture: true },
      );
      return {
        snapshot: () => real?.snapshot() ?? HIDDEN,
        openPanel: (returnTo) => real?.openPanel(returnTo),
        closePanel: (closing) => real?.closePanel(closing),
        setReplyLang: (lang) => real?.setReplyLang(lang),
        insert: (text) => real?.insert(text) ?? false,
      };
    },
    // Read at every draw: nothing until the assistant's code is here, then its layer.
    get Layer() {
      return loaded?.Layer ?? NO_LAYER;
    },
  };
}
