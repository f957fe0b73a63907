/**
 * Reads an HTML file as the extension would: parsed with happy-dom (no scripts run, nothing
 * fetched) and walked with the same site adapter the content script uses.
 */
import { Window } from 'happy-dom';
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
    return adapterFor(host, doc)
      .blocks(doc)
      .map((el) => el.textContent ?? '');
  } finally {
    void window.happyDOM.close();
  }
}
