import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { uiLang } from '../../components/uiLang';
import type { PageClaimsResponse } from '../../messaging/tab-protocol';
import { openClaim, openClassroom, pageClaims, targetTabId } from '../../messaging/tabs';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../../settings/settings';
import '../../components/pages.css';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageClaimsResponse | null>(null);

  useEffect(() => {
    void getSettings().then(setSettings);
    void targetTabId().then(async (id) => {
      setTabId(id);
      if (id !== null) setPage(await pageClaims(id));
    });
    return watchSettings(setSettings);
  }, []);

  // The page re-scans after a toggle; read its claims again shortly after.
  const refresh = () => setTimeout(() => tabId !== null && void pageClaims(tabId).then(setPage), 600);
  const site = page ? new URL(page.url).hostname : null;
  return (
    <Popup
      lang={uiLang(settings)}
      page={page}
      site={site}
      siteOn={site ? !settings.disabledSites.includes(site) : false}
      paused={settings.paused}
      onToggleSite={(on) => {
        if (!site) return;
        const disabledSites = on ? settings.disabledSites.filter((s) => s !== site) : [...new Set([...settings.disabledSites, site])];
        void updateSettings({ disabledSites }).then(refresh);
      }}
      onTogglePause={(paused) => void updateSettings({ paused }).then(refresh)}
      onOpenClaim={(id) => {
        if (tabId === null) return;
        void openClaim(tabId, id).then(() => window.close());
      }}
      onClassroom={() => void openClassroom(tabId).then(() => window.close())}
      onOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

render(<App />, document.getElementById('app')!);
