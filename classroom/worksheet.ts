/**
 * The exported worksheet, as print-ready HTML and as Markdown. Pure string building;
 * every piece of fact or page text is escaped, and only http(s) links are written.
 */
import { formatDate, safeHttpUrl } from '../engine/format';
import type { Fact, Frame, Lang, Source } from '../engine/schema';
import { RATING_LABELS, figureLineText, figureLines, type OtherRecord } from '../engine/summary';
import { TOPIC_LABELS, type TopicId } from '../engine/topics';
import type { FigureCheck, Verdict } from '../engine/types';
import { t } from '../i18n/strings';

export interface WorksheetItem {
  claim: string;
  topic: TopicId;
  rating: Verdict;
  /** Whether the fact answers the claim (else it is a related record). */
  answers: boolean;
  fact: Fact;
  /** Other records its figure lines read, with the sources its own fact does not cite. */
  others: OtherRecord[];
  frame?: Frame;
  figures: FigureCheck[];
  questions: string[];
}

export interface WorksheetPage {
  title: string;
  url: string;
  date: string; // YYYY-MM-DD
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Text as Markdown text: every character that could start a link, an autolink, raw HTML,
 * emphasis or a table is escaped, and line breaks become spaces so page text cannot start
 * a block of its own (a heading, a link reference definition).
 */
function escapeMd(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|!&~])/g, '\\$1');
}

/**
 * The page's address as it goes into a worksheet: http(s) only, without its query and
 * fragment (they can hold session tokens, and they are not needed to find the page again),
 * and without credentials. Null for anything else.
 */
export function worksheetPageUrl(url: string): string | null {
  const href = safeHttpUrl(url);
  if (!href) return null;
  const u = new URL(href);
  return `${u.origin}${u.pathname}`;
}

/** An item's figure lines as text, each naming its measure where the item's lines read more than one record. */
const lineTexts = (item: WorksheetItem, lang: Lang) => figureLines(item.figures, item.fact.id, lang).map(figureLineText);

/** An item's sources: its own fact's, then those of each other record its lines read, under the measure they answer. */
const sourceGroups = (item: WorksheetItem, lang: Lang): { heading: string; sources: readonly Source[] }[] => [
  { heading: t(lang, 'cardSources'), sources: item.fact.sources },
  ...item.others.map((o) => ({ heading: t(lang, 'cardSourcesFor', o.measure), sources: o.sources })),
];

export function worksheetMarkdown(page: WorksheetPage, items: WorksheetItem[], lang: Lang): string {
  // The address as an autolink: the URL serializer has already percent-encoded every
  // character that could end it (space, "<", ">"), so nothing in it is read as Markdown.
  const pageUrl = worksheetPageUrl(page.url);
  const lines = [
    `# ${t(lang, 'classroomWorksheet')}: ${escapeMd(page.title)}`,
    '',
    `- ${t(lang, 'classroomPage')}: ${pageUrl ? `<${pageUrl}>` : escapeMd(page.url.replace(/[?#].*$/s, ''))}`,
    `- ${t(lang, 'classroomDate')}: ${escapeMd(page.date)}`,
    '',
  ];
  items.forEach((item, i) => {
    lines.push(`## ${i + 1}. ${TOPIC_LABELS[item.topic][lang]}`, '', `> ${escapeMd(item.claim)}`, '');
    lines.push(`**${t(lang, 'classroomRating')}:** ${RATING_LABELS[item.rating][lang]}`, '');
    lines.push(
      `**${t(lang, item.answers ? 'cardRecord' : 'cardRelated')}:** ${lineTexts(item, lang)
        .map((l) => `${escapeMd(l)} `)
        .join('')}${escapeMd(item.fact.statement[lang])} (${t(lang, 'cardAsOf', formatDate(item.fact.asOf, lang))})`,
      '',
    );
    if (item.frame) lines.push(`**${t(lang, 'classroomFrame')}:** “${escapeMd(item.frame.narrative[lang])}”. ${escapeMd(item.frame.persists[lang])}`, '');
    lines.push(`**${t(lang, 'classroomQuestions')}:**`, '', ...item.questions.map((q, k) => `${k + 1}. ${escapeMd(q)}`), '');
    for (const group of sourceGroups(item, lang)) {
      lines.push(`**${escapeMd(group.heading)}:**`, '');
      for (const s of group.sources) {
        const href = safeHttpUrl(s.url);
        lines.push(`- ${escapeMd(s.publisher)}, “${escapeMd(s.title)}”, ${formatDate(s.date, lang)}${href ? `, <${href}>` : ''}`);
      }
      lines.push('');
    }
  });
  return lines.join('\n');
}

export function worksheetHtml(page: WorksheetPage, items: WorksheetItem[], lang: Lang): string {
  const e = escapeHtml;
  const pageHref = worksheetPageUrl(page.url);
  const body = items
    .map((item, i) => {
      const sources = sourceGroups(item, lang)
        .map(
          (group) =>
            `<p><strong>${e(group.heading)}:</strong></p>\n<ul>${group.sources
              .map((s) => {
                const href = safeHttpUrl(s.url);
                const title = href ? `<a href="${e(href)}">${e(s.title)}</a>` : e(s.title);
                return `<li>${title} — ${e(s.publisher)}, ${e(formatDate(s.date, lang))}</li>`;
              })
              .join('')}</ul>`,
        )
        .join('\n');
      return `<section class="item">
<h2>${i + 1}. ${e(TOPIC_LABELS[item.topic][lang])}</h2>
<blockquote>${e(item.claim)}</blockquote>
<p><strong>${e(t(lang, 'classroomRating'))}:</strong> ${e(RATING_LABELS[item.rating][lang])}</p>
<p><strong>${e(t(lang, item.answers ? 'cardRecord' : 'cardRelated'))}:</strong> ${lineTexts(item, lang)
        .map((l) => `${e(l)} `)
        .join('')}${e(item.fact.statement[lang])} <em>(${e(t(lang, 'cardAsOf', formatDate(item.fact.asOf, lang)))})</em></p>
${item.frame ? `<p><strong>${e(t(lang, 'classroomFrame'))}:</strong> “${e(item.frame.narrative[lang])}”. ${e(item.frame.persists[lang])}</p>` : ''}
<p><strong>${e(t(lang, 'classroomQuestions'))}:</strong></p>
<ol>${item.questions.map((q) => `<li>${e(q)}<div class="answer"></div></li>`).join('')}</ol>
${sources}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${e(t(lang, 'classroomWorksheet'))}: ${e(page.title)}</title>
<style>
body { font: 12pt/1.5 Georgia, serif; max-width: 42em; margin: 2em auto; color: #111; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; }
blockquote { border-left: 3px solid #888; margin: 0.5em 0; padding-left: 0.8em; font-style: italic; }
.answer { border-bottom: 1px solid #999; height: 2.2em; }
.item { break-inside: avoid; }
a { color: #0f766e; }
@media print { a { color: inherit; } a::after { content: " (" attr(href) ")"; font-size: 9pt; } }
</style>
</head>
<body>
<h1>${e(t(lang, 'classroomWorksheet'))}: ${e(page.title)}</h1>
<p>${e(t(lang, 'classroomPage'))}: ${pageHref ? `<a href="${e(pageHref)}">${e(pageHref)}</a>` : e(page.url.replace(/[?#].*$/s, ''))}<br>${e(t(lang, 'classroomDate'))}: ${e(page.date)}</p>
${body}
</body>
</html>
`;
}
