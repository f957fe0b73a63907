/**
 * Reads an HTML file as the extension would: parsed with happy-dom (no scripts run, nothing
 * fetched) and walked with the same site adapter the content script uses.
 */
import { Window } from 'happy-dom';
import { WRAPPED_LINE } from '../../content/textmap';
import { adapterFor } from '../../sites';

export function htmlBlocks(html: string, host = 'localhost'): string[] {
  const window = new Window({
    url: `https://${host}/`,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    // As the content script reads a paragraph (content/textmap.ts): a line break inside a text
    // node is the source's wrapping, a space. (No styles are computed here: the blocks the
    // adapters read from a saved page are paragraphs and posts, not preformatted text.)
    const textOf = (el: Element) => {
      let text = '';
      const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) text += (n as Text).data.replace(WRAPPED_LINE, ' ');
      return text;
    };
    return adapterFor(host, doc).blocks(doc).map(textOf);
  } finally {
    void window.happyDOM.close();
  }
}
