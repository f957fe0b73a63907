import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createEngine } from '../../engine/engine';
import { guessLanguage } from '../../engine/language';
import type { Lang } from '../../engine/schema';
import { buildSummary } from '../../engine/summary';
import { ask } from '../../messaging/client';
import { ClaimHighlights, highlightSupported, installHighlightStyle } from '../../content/highlights';
import { PageClaims, type PageClaim } from '../../content/page-claims';
import { Scanner } from '../../content/scanner';
import { Overlay, type OpenCard } from '../../components/Overlay';
import { adapterFor } from '../../sites';
import '../../components/card.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (!highlightSupported()) return;
    const site = location.hostname;
    const data = await ask({ type: 'engine-data', site });
    if (ctx.isInvalid) return;
    const engine = createEngine(data.facts);
    const factsById = new Map(data.facts.map((f) => [f.id, f]));
    const framesByTopic = new Map(data.frames.map((f) => [f.topic, f]));

    const pageLang: Lang = /^es\b/i.test(document.documentElement.lang) ? 'es' : /^en\b/i.test(document.documentElement.lang) ? 'en' : guessLanguage(document.body?.innerText.slice(0, 3000) ?? '');
    let cardLang: Lang = pageLang;

    const removeStyle = installHighlightStyle(document);
    const highlights = new ClaimHighlights();
    const claims = new PageClaims(engine, highlights, { lang: pageLang, muted: new Set(data.muted) });

    let open: { claim: PageClaim; returnFocus: Element | null } | null = null;
    let container: HTMLElement | null = null;

    const ui = await createShadowRootUi(ctx, {
      name: 'puente-overlay',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      isolateEvents: true,
      onMount(root) {
        container = root;
        draw();
      },
      onRemove() {
        if (container) render(null, container);
        container = null;
      },
    });
    ui.mount();

    function draw(): void {
      if (!container) return;
      const claim = open?.claim;
      const fact = claim ? factsById.get(claim.finding.factId) : undefined;
      const card: OpenCard | null =
        claim && fact
          ? { finding: claim.finding, fact, frame: framesByTopic.get(claim.finding.topic), anchorRect: () => claim.range.getBoundingClientRect() }
          : null;
      render(
        <Overlay
          card={card}
          lang={cardLang}
          muted={false}
          onLangChange={(l) => {
            cardLang = l;
            draw();
          }}
          onClose={closeCard}
          onCopy={async () => {
            if (!claim || !fact) return false;
            try {
              await navigator.clipboard.writeText(buildSummary(claim.finding.text, claim.finding.rating, fact, cardLang, claim.finding.figure));
              return true;
            } catch {
              return false;
            }
          }}
          onMute={() => {
            if (!claim) return;
            const factId = claim.finding.factId;
            void ask({ type: 'mute-fact', site, factId });
            claims.mute(factId);
            closeCard();
          }}
        />,
        container,
      );
    }

    function openCard(claim: PageClaim): void {
      open = { claim, returnFocus: document.activeElement };
      highlights.setFocus(claim.range);
      draw();
    }

    function closeCard(): void {
      const back = open?.returnFocus;
      open = null;
      highlights.setFocus(null);
      draw();
      if (back instanceof HTMLElement) back.focus({ preventScroll: true });
    }

    ctx.addEventListener(document, 'click', (event) => {
      const e = event as MouseEvent;
      if (e.button !== 0 || e.defaultPrevented) return;
      const hit = caretAt(e.clientX, e.clientY);
      const claim = hit ? claims.at(hit.node, hit.offset) : undefined;
      if (claim) openCard(claim);
      else if (open && !(e.target instanceof Element && e.target.tagName.toLowerCase() === 'puente-overlay')) closeCard();
    });
    ctx.addEventListener(document, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && open) closeCard();
    });

    const scanner = new Scanner(
      document,
      adapterFor(site),
      {
        read: (block) => claims.read(block),
        isStale: (block) => claims.isStale(block),
        forget: (block) => claims.forget(block),
      },
      { signal: ctx.signal, ignore: (node) => node === ui.shadowHost || ui.shadowHost.contains(node) },
    );
    scanner.start();

    ctx.onInvalidated(() => {
      highlights.dispose();
      removeStyle();
    });
  },
});

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
