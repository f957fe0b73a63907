import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Options } from '../../components/options/Options';
import type { FactStore } from '../../components/options/types';
import { download } from '../../components/download';
import { uiLang } from '../../components/uiLang';
import { MAX_IMPORT_BYTES } from '../../importers/limits';
import { logFailure } from '../../diagnostics/log';
import { ask } from '../../messaging/client';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../../settings/settings';
import '../../components/pages.css';

// The background owns the database (and tells the open tabs of each change): this page only asks.
const store: FactStore = {
  list: async () => (await ask({ type: 'list-facts' })).facts,
  add: (fact) => ask({ type: 'add-fact', fact }),
  update: (id, fact) => ask({ type: 'update-fact', id, fact }),
  remove: (id) => ask({ type: 'delete-fact', id }),
  // Past the limit the rest is not sent: one character over is enough for the importer to refuse it in its own words.
  importText: (text) => ask({ type: 'import-facts', text: text.slice(0, MAX_IMPORT_BYTES + 1) }),
  exportText: async () => (await ask({ type: 'export-facts' })).pack,
  reset: async (keepUserFacts) => {
    const result = await ask({ type: 'reset-facts', keepUserFacts });
    if (!result.ok) logFailure('options', new Error(result.problems.map((p) => p.message).join('; ')));
  },
  mutes: async () => (await ask({ type: 'list-mutes' })).mutes,
  unmute: async (site, factId) => void (await ask({ type: 'unmute-fact-on-site', site, factId })),
};

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void getSettings().then(setSettings, (e: unknown) => logFailure('options', e));
    return watchSettings(setSettings);
  }, []);
  const lang = useMemo(() => uiLang(settings), [settings]);
  return (
    <Options
      lang={lang}
      settings={settings}
      store={store}
      onSettings={(patch) => void updateSettings(patch).catch((e: unknown) => logFailure('options', e))}
      onDownload={(name, content) => download(name, 'application/json', content)}
    />
  );
}

render(<App />, document.getElementById('app')!);
