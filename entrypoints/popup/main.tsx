import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { uiLang } from '../../components/uiLang';
import type { PageClaimsResponse } from '../../messaging/protocol';
import { followPageClaims, openClaim, openClassroom, targetTabId } from '../../messaging/tabs';
import { logFailure } from '../../diagnostics/log';
import { DEFAULT_SETTINGS, getSettings, setSiteEnabled, updateSettings, watchSettings, type Settings } from '../../settings/settings';
import '../../components/pages.css';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageClaimsResponse | null>(null);

  useEffect(() => {
    void getSettings().then(setSettings);
    void targetTabId().then(setTabId);
    return watchSettings(setSettings);
  }, []);
  // The page announces each change to its claims (a toggle, a scan, a new post): no waiting here.
  useEffect(() => (tabId === null ? undefined : followPageClaims(tabId, setPage)), [tabId]);

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
        void setSiteEnabled(site, on).catch((e: unknown) => logFailure('popup', e));
      }}
      onTogglePause={(paused) => void updateSettings({ paused }).catch((e: unknown) => logFailure('popup', e))}
      onOpenClaim={(id) => {
        if (tabId === null) return;
        void openClaim(tabId, id).then(() => window.close());
      }}
      onClassroom={() =>
        void openClassroom(tabId, { allowTab: true }).then(
          () => window.close(),
          (e: unknown) => logFailure('classroom', e),
        )
      }
      onOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

render(<App />, document.getElementById('app')!);
