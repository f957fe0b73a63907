// @vitest-environment happy-dom
/**
 * Random DOM through every site adapter: no exception, and nothing returned from inside
 * an input, a textarea, an editor, navigation, an aside or a footer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../sites/facebook';
import { genericAdapter } from '../../sites/generic';
import { redditAdapter } from '../../sites/reddit';
import { xAdapter } from '../../sites/x';

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'nav',
  'aside',
  'footer',
  'header',
  'section',
  'li',
  'ul',
  'h1',
  'h2',
  'blockquote',
  'form',
  'textarea',
  'button',
  'a',
  'shreddit-post',
  'shreddit-comment',
  'pre',
];
const ATTRS: [string, string][] = [
  ['data-testid', 'tweetText'],
  ['data-testid', 'tweetTextarea_0'],
  ['data-testid', 'sidebarColumn'],
  ['role', 'article'],
  ['role', 'textbox'],
  ['role', 'navigation'],
  ['role', 'complementary'],
  ['contenteditable', 'true'],
  ['slot', 'title'],
  ['slot', 'text-body'],
  ['slot', 'comment'],
  ['class', 'thing link'],
  ['class', 'usertext-body'],
  ['class', 'md'],
  ['data-ad-preview', 'message'],
  ['dir', 'auto'],
  ['aria-hidden', 'true'],
  ['aria-label', 'Sponsored'],
];

interface Node {
  tag: string;
  attrs: [string, string][];
  text: string;
  children: Node[];
}

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }),
    text: fc.oneof(fc.constant(''), fc.string({ maxLength: 60 }), fc.constant('Mexico and the U.S. trade $1.4 billion a day across the border.')),
    children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);

function build(n: Node, parent: Element): void {
  const el = document.createElement(n.tag);
  for (const [k, v] of n.attrs) el.setAttribute(k, v);
  if (n.text) el.appendChild(document.createTextNode(n.text));
  for (const c of n.children) build(c, el);
  parent.appendChild(el);
}

const FORBIDDEN = 'input, textarea, [contenteditable="true"], nav, aside, footer, [role="textbox"], [role="navigation"], [role="complementary"], [aria-hidden="true"]';

describe('site adapters on random DOM', () => {
  it('never throw and never return blocks from ignored regions', () => {
    fc.assert(
      fc.property(fc.array(node(5), { minLength: 1, maxLength: 6 }), (roots) => {
        document.body.innerHTML = '';
        for (const r of roots) build(r, document.body);
        for (const adapter of [xAdapter, redditAdapter, facebookAdapter, genericAdapter]) {
          const blocks = adapter.blocks(document);
          for (const b of blocks) {
            expect(b.isConnected).toBe(true);
            // Old Reddit wraps comments in forms; every adapter still keeps out editors and chrome.
            expect(b.closest(FORBIDDEN), `${adapter.name}: ${b.outerHTML.slice(0, 120)}`).toBeNull();
          }
        }
      }),
      { numRuns: 400 },
    );
    // 400 random documents take ~5 s on two loaded cores: past vitest's 5 s default.
  }, 30_000);
});
