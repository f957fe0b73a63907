import { useState } from 'preact/hooks';
import type { Fact, Lang, Problem } from '../../engine/schema';
import { TOPIC_IDS, TOPIC_LABELS } from '../../engine/topics';
import { t } from '../../i18n/strings';
import { Problems } from './Problems';

export interface FactFormProps {
  lang: Lang;
  initial?: Fact;
  onSave: (input: unknown) => Promise<Problem[]>;
  onCancel: () => void;
}

/**
 * Turns the form's text fields into a fact for the schema to judge; no validation here.
 * The form shows only part of a fact (the first source, claims as lines, no figures), so
 * an edit is applied on top of the stored fact: its figures, series, short form, every
 * source after the first and each claim's register stay as they were.
 */
export function formToFact(f: Record<string, string>, initial?: Fact): unknown {
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const firstSource = { publisher: f.publisher ?? '', title: f.title ?? '', url: f.url?.trim() ?? '', date: f.sourceDate?.trim() ?? '' };
  // A claim line keeps its register when the same text (and language) was already there.
  const registers = new Map((initial?.claims ?? []).map((c) => [`${c.lang}|${c.text}`, c.register]));
  const claims = (f.claims ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [rating = '', claimLang = '', ...rest] = line.split('|').map((x) => x.trim());
      const text = rest.join(' | ');
      const register = registers.get(`${claimLang}|${text}`);
      return register ? { rating, lang: claimLang, text, register } : { rating, lang: claimLang, text };
    });
  return {
    ...(initial ?? {}),
    id: f.id?.trim(),
    topic: f.topic,
    statement: { en: f.statementEn ?? '', es: f.statementEs ?? '' },
    asOf: f.asOf?.trim(),
    sources: [firstSource, ...(initial?.sources.slice(1) ?? [])],
    claims,
    keywords: { en: list(f.keywordsEn ?? ''), es: list(f.keywordsEs ?? '') },
  };
}

function factToForm(fact?: Fact): Record<string, string> {
  if (!fact) return { topic: TOPIC_IDS[0] };
  const s = fact.sources[0];
  return {
    id: fact.id,
    topic: fact.topic,
    statementEn: fact.statement.en,
    statementEs: fact.statement.es,
    asOf: fact.asOf,
    publisher: s?.publisher ?? '',
    title: s?.title ?? '',
    url: s?.url ?? '',
    sourceDate: s?.date ?? '',
    claims: fact.claims.map((c) => `${c.rating} | ${c.lang} | ${c.text}`).join('\n'),
    keywordsEn: fact.keywords.en.join(', '),
    keywordsEs: fact.keywords.es.join(', '),
  };
}

export function FactForm({ lang, initial, onSave, onCancel }: FactFormProps) {
  const [form, setForm] = useState<Record<string, string>>(() => factToForm(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const field = (name: string, label: string, multiline = false) => (
    <p>
      <label for={`fact-${name}`}>
        {label}
        <br />
        {multiline ? (
          <textarea
            id={`fact-${name}`}
            rows={name === 'claims' ? 5 : 3}
            cols={70}
            name={name}
            value={form[name] ?? ''}
            onInput={(e) => setForm({ ...form, [name]: (e.currentTarget as HTMLTextAreaElement).value })}
          />
        ) : (
          <input
            id={`fact-${name}`}
            type="text"
            size={70}
            name={name}
            value={form[name] ?? ''}
            readOnly={name === 'id' && Boolean(initial)}
            onInput={(e) => setForm({ ...form, [name]: (e.currentTarget as HTMLInputElement).value })}
          />
        )}
      </label>
    </p>
  );
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setProblems(await onSave(formToFact(form, initial)));
      }}
    >
      {field('id', t(lang, 'formId'))}
      <p>
        <label>
          {t(lang, 'formTopic')}{' '}
          <select name="topic" value={form.topic} onChange={(e) => setForm({ ...form, topic: (e.currentTarget as HTMLSelectElement).value })}>
            {TOPIC_IDS.map((id) => (
              <option value={id} key={id}>
                {TOPIC_LABELS[id][lang]}
              </option>
            ))}
          </select>
        </label>
      </p>
      {field('statementEn', t(lang, 'formStatementEn'), true)}
      {field('statementEs', t(lang, 'formStatementEs'), true)}
      {field('asOf', t(lang, 'formAsOf'))}
      {field('publisher', t(lang, 'formSourcePublisher'))}
      {field('title', t(lang, 'formSourceTitle'))}
      {field('url', t(lang, 'formSourceUrl'))}
      {field('sourceDate', t(lang, 'formSourceDate'))}
      {field('claims', t(lang, 'formClaims'), true)}
      {field('keywordsEn', t(lang, 'formKeywordsEn'))}
      {field('keywordsEs', t(lang, 'formKeywordsEs'))}
      <Problems problems={problems} lang={lang} />
      <div class="row">
        <button type="submit" class="primary">
          {t(lang, 'factsSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, 'factsCancel')}
        </button>
      </div>
    </form>
  );
}
