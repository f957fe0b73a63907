import { useState } from 'preact/hooks';
import { discussionQuestions } from '../classroom/questions';
import { worksheetHtml, worksheetMarkdown, type WorksheetItem } from '../classroom/worksheet';
import { formatDate } from '../engine/format';
import { SourceList } from './SourceList';
import type { Fact, Frame, Lang } from '../engine/schema';
import { RATING_LABELS, figureLineText, figureLines, otherRecords } from '../engine/summary';
import { TOPIC_LABELS, isTopicId } from '../engine/topics';
import { t } from '../i18n/strings';
import type { LocalOrigin, PageClaimsResponse } from '../messaging/protocol';
import { useDocumentLang } from './documentLang';
import { OriginBadge } from './Origin';

export interface ClassroomProps {
  lang: Lang;
  page: PageClaimsResponse | null;
  facts: Map<string, Fact>;
  /** Facts the reader wrote or imported, by id: badged so they are never taken for curated ones. */
  origins?: Readonly<Record<string, LocalOrigin>>;
  frames: Map<string, Frame>;
  today: string;
  onRefresh: () => void;
  onLangChange: (lang: Lang) => void;
  /** Saves a file; the page passes a Blob download, tests pass a spy. */
  onDownload: (name: string, type: string, content: string) => void;
}

export function buildItems(page: PageClaimsResponse, facts: Map<string, Fact>, frames: Map<string, Frame>, lang: Lang): WorksheetItem[] {
  const items: WorksheetItem[] = [];
  for (const c of page.claims) {
    const fact = facts.get(c.factId);
    if (!fact || !isTopicId(c.topic)) continue;
    const frame = frames.get(c.topic);
    const figures = c.figures ?? [];
    const others = otherRecords(figures, fact, (id) => facts.get(id), lang);
    items.push({ claim: c.text, topic: c.topic, rating: c.rating, answers: c.answers, fact, others, frame, figures, questions: discussionQuestions(fact, frame, lang, figures[0]) });
  }
  return items;
}

export function Classroom({ lang, page, facts, origins = {}, frames, today, onRefresh, onLangChange, onDownload }: ClassroomProps) {
  const [quiz, setQuiz] = useState(false);
  const [present, setPresent] = useState(false);
  const [revealed, setRevealed] = useState<Set<number>>(new Set());
  useDocumentLang(lang, t(lang, 'classroomTitle'));
  const items = page ? buildItems(page, facts, frames, lang) : [];
  const meta = page ? { title: page.title || page.url, url: page.url, date: today } : null;
  const slug = (page?.title || 'page')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40);

  return (
    <main class={`classroom${present ? ' present' : ''}`} lang={lang}>
      <h1>{t(lang, 'classroomTitle')}</h1>
      <p class="muted">{t(lang, 'classroomIntro')}</p>
      <div class="toolbar">
        <button type="button" onClick={onRefresh}>
          {t(lang, 'classroomRefresh')}
        </button>
        <label class="switch">
          <input type="checkbox" checked={quiz} onChange={(e) => (setQuiz((e.currentTarget as HTMLInputElement).checked), setRevealed(new Set()))} />
          {t(lang, 'classroomQuiz')}
        </label>
        <label class="switch">
          <input type="checkbox" checked={present} onChange={(e) => setPresent((e.currentTarget as HTMLInputElement).checked)} />
          {t(lang, 'classroomPresent')}
        </label>
        <fieldset aria-label={t(lang, 'cardLanguage')} class="row">
          {(['en', 'es'] as const).map((l) => (
            <button type="button" aria-pressed={l === lang} class={l === lang ? 'primary' : ''} onClick={() => onLangChange(l)} key={l}>
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
      </div>
      {meta && items.length > 0 && (
        <div class="toolbar">
          <button type="button" onClick={() => onDownload(`puente-worksheet-${slug}.html`, 'text/html', worksheetHtml(meta, items, lang))}>
            {t(lang, 'classroomExportHtml')}
          </button>
          <button type="button" onClick={() => onDownload(`puente-worksheet-${slug}.md`, 'text/markdown', worksheetMarkdown(meta, items, lang))}>
            {t(lang, 'classroomExportMd')}
          </button>
        </div>
      )}
      {!page ? (
        <p>{t(lang, 'classroomNoPage')}</p>
      ) : items.length === 0 ? (
        <p>{t(lang, 'popupNoClaims')}</p>
      ) : (
        <ol class="claims">
          {items.map((item, i) => {
            const id = page.claims[i]?.id ?? i;
            const hidden = quiz && !revealed.has(id);
            return (
              <li class="item" key={id}>
                <h2>
                  {i + 1}. {TOPIC_LABELS[item.topic][lang]}{' '}
                  {hidden ? (
                    <button type="button" onClick={() => setRevealed(new Set([...revealed, id]))}>
                      {t(lang, 'classroomReveal')}
                    </button>
                  ) : (
                    <span class={`badge badge-${item.rating}`}>{RATING_LABELS[item.rating][lang]}</span>
                  )}{' '}
                  <OriginBadge origin={origins[item.fact.id]} lang={lang} />
                </h2>
                <blockquote>{item.claim}</blockquote>
                <h3>{t(lang, item.answers ? 'cardRecord' : 'cardRelated')}</h3>
                {!hidden && figureLines(item.figures, item.fact.id, lang).map((line, j) => <p key={`${item.figures[j]!.key}:${item.figures[j]!.claimValue}`}>{figureLineText(line)}</p>)}
                <p>
                  {item.fact.statement[lang]} <span class="muted">({t(lang, 'cardAsOf', formatDate(item.fact.asOf, lang))})</span>
                </p>
                {item.frame && (
                  <>
                    <h3>{t(lang, 'classroomFrame')}</h3>
                    <p>
                      <strong>“{item.frame.narrative[lang]}”</strong> {item.frame.persists[lang]}
                    </p>
                  </>
                )}
                <h3>{t(lang, 'classroomQuestions')}</h3>
                <ol>
                  {item.questions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ol>
                <h3>{t(lang, 'cardSources')}</h3>
                <SourceList sources={item.fact.sources} lang={lang} metaClass="muted" />
                {item.others.map(({ fact: other, measure, sources }) => (
                  <div key={other.id}>
                    <h4>{t(lang, 'cardSourcesFor', measure)}</h4>
                    <SourceList sources={sources} lang={lang} metaClass="muted" />
                  </div>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
