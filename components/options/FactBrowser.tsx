import Fuse from 'fuse.js';
import { useMemo, useState } from 'preact/hooks';
import { formatDate, formatValue } from '../../engine/format';
import { SourceList } from '../SourceList';
import type { Lang, Problem } from '../../engine/schema';
import { RATING_LABELS } from '../../engine/summary';
import { TOPIC_IDS, TOPIC_LABELS } from '../../engine/topics';
import { t } from '../../i18n/strings';
import type { StoredFact } from '../../messaging/protocol';
import { FactForm } from './FactForm';

export interface FactBrowserProps {
  lang: Lang;
  facts: StoredFact[];
  onAdd: (input: unknown) => Promise<Problem[]>;
  onUpdate: (id: string, input: unknown) => Promise<Problem[]>;
  onDelete: (id: string) => Promise<void>;
}

type View = { kind: 'list' } | { kind: 'detail'; id: string } | { kind: 'add' } | { kind: 'edit'; id: string };

export function FactBrowser({ lang, facts, onAdd, onUpdate, onDelete }: FactBrowserProps) {
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState('');
  const [view, setView] = useState<View>({ kind: 'list' });
  // One fuse index over both languages' statements, claims and keywords.
  const fuse = useMemo(
    () =>
      new Fuse(facts, {
        keys: ['id', 'statement.en', 'statement.es', 'claims.text', 'keywords.en', 'keywords.es', 'sources.publisher'],
        ignoreLocation: true,
        threshold: 0.35,
      }),
    [facts],
  );
  const shown = (query.trim() ? fuse.search(query.trim()).map((r) => r.item) : facts).filter((f) => !topic || f.topic === topic);

  if (view.kind === 'add' || view.kind === 'edit') {
    const initial = view.kind === 'edit' ? facts.find((f) => f.id === view.id) : undefined;
    return (
      <section>
        <h2>{view.kind === 'add' ? t(lang, 'factsAdd') : `${t(lang, 'factsEdit')}: ${view.id}`}</h2>
        <FactForm
          lang={lang}
          initial={initial}
          onCancel={() => setView({ kind: 'list' })}
          onSave={async (input) => {
            const problems = view.kind === 'add' ? await onAdd(input) : await onUpdate(view.id, input);
            if (!problems.length) setView({ kind: 'list' });
            return problems;
          }}
        />
      </section>
    );
  }

  if (view.kind === 'detail') {
    const fact = facts.find((f) => f.id === view.id);
    if (!fact) return <p>—</p>;
    return (
      <section aria-labelledby="fact-h">
        <button type="button" onClick={() => setView({ kind: 'list' })}>
          ← {t(lang, 'factsBack')}
        </button>
        <h2 id="fact-h">
          {TOPIC_LABELS[fact.topic][lang]} · <code>{fact.id}</code>{' '}
          <span class={fact.origin === 'bundled' ? 'badge badge-hidden' : 'badge badge-origin'}>
            {fact.origin === 'user' ? t(lang, 'factsYours') : fact.origin === 'imported' ? t(lang, 'factsImported') : t(lang, 'factsBundled')}
          </span>
        </h2>
        <p lang="en">{fact.statement.en}</p>
        <p lang="es">{fact.statement.es}</p>
        <p class="muted">{t(lang, 'cardAsOf', formatDate(fact.asOf, lang))}</p>
        {fact.figures?.length ? (
          <>
            <h3>{t(lang, 'factsFigures')}</h3>
            <ul>
              {fact.figures.map((f, i) => (
                <li key={i}>
                  {f.label[lang]}: {formatValue(f.value, f.unit, f.per, lang)} ({f.period})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3>{t(lang, 'cardSources')}</h3>
        <SourceList sources={fact.sources} lang={lang} metaClass="muted" />
        <h3>{t(lang, 'factsTypicalClaims')}</h3>
        <ul>
          {fact.claims.map((c, i) => (
            <li key={i} lang={c.lang}>
              <span class={`badge badge-${c.rating}`}>{RATING_LABELS[c.rating][lang]}</span> {c.text}
            </li>
          ))}
        </ul>
        {fact.origin !== 'bundled' && (
          <div class="row">
            <button type="button" onClick={() => setView({ kind: 'edit', id: fact.id })}>
              {t(lang, 'factsEdit')}
            </button>
            <button
              type="button"
              onClick={async () => {
                await onDelete(fact.id);
                setView({ kind: 'list' });
              }}
            >
              {t(lang, 'factsDelete')}
            </button>
          </div>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="facts-h">
      <h2 id="facts-h">{t(lang, 'optionsTabFacts')}</h2>
      <div class="toolbar">
        <input type="search" aria-label={t(lang, 'factsSearch')} placeholder={t(lang, 'factsSearch')} value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} size={40} />
        <select aria-label={t(lang, 'formTopic')} value={topic} onChange={(e) => setTopic((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t(lang, 'factsAllTopics')}</option>
          {TOPIC_IDS.map((id) => (
            <option value={id} key={id}>
              {TOPIC_LABELS[id][lang]}
            </option>
          ))}
        </select>
        <button type="button" class="primary" onClick={() => setView({ kind: 'add' })}>
          {t(lang, 'factsAdd')}
        </button>
      </div>
      <p class="muted" aria-live="polite">
        {t(lang, 'factsCount', shown.length)}
      </p>
      <ul class="claims">
        {shown.map((f) => (
          <li key={f.id}>
            <button type="button" class="claim-button" onClick={() => setView({ kind: 'detail', id: f.id })}>
              <span class="muted">{TOPIC_LABELS[f.topic][lang]}</span>{' '}
              {f.origin !== 'bundled' && <span class="badge badge-origin">{f.origin === 'imported' ? t(lang, 'factsImported') : t(lang, 'factsYours')}</span>}
              <span class="claim-text">{f.statement[lang]}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
