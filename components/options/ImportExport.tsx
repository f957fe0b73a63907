import { useState } from 'preact/hooks';
import type { Lang, Problem } from '../../engine/schema';
import { t } from '../../i18n/strings';
import { Problems } from './Problems';
import type { FactStore } from './types';

export interface ImportExportProps {
  lang: Lang;
  store: FactStore;
  onChanged: () => void;
  onDownload: (name: string, content: string) => void;
  /** How many facts of the reader's own (written or imported) a reset would delete. */
  userFacts: number;
}

export function ImportExport({ lang, store, onChanged, onDownload, userFacts }: ImportExportProps) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState('');
  const [keep, setKeep] = useState(true);
  const [confirming, setConfirming] = useState(false);

  const reset = async () => {
    setConfirming(false);
    await store.reset(keep);
    setMessage(t(lang, 'resetDone'));
    onChanged();
  };

  const runImport = async (input: string) => {
    setMessage('');
    const result = await store.importText(input);
    if (result.ok) {
      setProblems([]);
      setMessage(result.count === 1 ? t(lang, 'importDoneOne') : t(lang, 'importDone', result.count ?? 0));
      onChanged();
    } else setProblems(result.problems);
  };

  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">{t(lang, 'optionsTabImport')}</h2>
      <p>
        <label>
          {t(lang, 'importChoose')}
          <br />
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={async (e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) await runImport(await file.text());
            }}
          />
        </label>
      </p>
      <p>
        <label>
          {t(lang, 'importPaste')}
          <br />
          <textarea rows={6} cols={70} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      </p>
      <button type="button" class="primary" onClick={() => void runImport(text)}>
        {t(lang, 'importButton')}
      </button>
      <Problems problems={problems} lang={lang} />
      <p role="status">{message}</p>
      <h3>{t(lang, 'exportButton')}</h3>
      <button
        type="button"
        onClick={async () => {
          const pack = await store.exportText();
          if (pack) onDownload(`puente-facts-${new Date().toISOString().slice(0, 10)}.json`, pack);
          else setMessage(t(lang, 'exportNone'));
        }}
      >
        {t(lang, 'exportButton')}
      </button>
      <h3>{t(lang, 'resetTitle')}</h3>
      <label class="switch">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep((e.currentTarget as HTMLInputElement).checked)} />
        {t(lang, 'resetKeep')}
      </label>
      <button
        type="button"
        aria-expanded={confirming}
        onClick={() => {
          // Deleting the reader's own facts cannot be undone: ask first.
          if (!keep && userFacts > 0) setConfirming(true);
          else void reset();
        }}
      >
        {t(lang, 'resetButton')}
      </button>
      {confirming && (
        <div class="problems" role="alertdialog" aria-labelledby="reset-confirm">
          <p id="reset-confirm">{t(lang, 'resetConfirm', userFacts)}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void reset()}>
              {t(lang, 'resetConfirmButton')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(lang, 'resetCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
