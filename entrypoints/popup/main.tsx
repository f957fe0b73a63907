import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { uiLang } from '../../components/uiLang';
import type { PageClaimsResponse } from '../../messaging/protocol';
import { openClaim, openClassroom, pageClaims, targetTabId } from '../../messaging/tabs';
import { logFailure } from '../../diagnostics/log';
import { DEFAULT_SETTINGS, getSettings, setSiteEnabled, updateSettings, watchSettings, type Settings } from '../../settings/settings';
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
        void setSiteEnabled(site, on).then(refresh, (e: unknown) => logFailure('popup', e));
      }}
      onTogglePause={(paused) => void updateSettings({ paused }).then(refresh, (e: unknown) => logFailure('popup', e))}
      onOpenClaim={(id) => {
        if (tabId === null) return;
        void openClaim(tabId, id).then(() => window.close());
      }}
      onClassroom={() => void openClassroom(tabId, { allowTab: true }).then(() => window.close(), (e: unknown) => logFailure('classroom', e))}
      onOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

render(<App />, document.getElementById('app')!);
