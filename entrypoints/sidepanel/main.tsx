import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Classroom } from '../../components/Classroom';
import { download } from '../../components/download';
import { uiLang } from '../../components/uiLang';
import type { Fact, Frame, Lang } from '../../engine/schema';
import { ask } from '../../messaging/client';
import type { LocalOrigin, PageClaimsResponse } from '../../messaging/protocol';
import { logFailure } from '../../diagnostics/log';
import { pageClaims, targetTabId, watchClaimsChanged } from '../../messaging/tabs';
import { getSettings } from '../../settings/settings';
import '../../components/pages.css';

function App() {
  const [lang, setLang] = useState<Lang>('en');
  const [page, setPage] = useState<PageClaimsResponse | null>(null);
  const [facts, setFacts] = useState(new Map<string, Fact>());
  const [frames, setFrames] = useState(new Map<string, Frame>());
  const [origins, setOrigins] = useState<Record<string, LocalOrigin>>({});

  // The tab shown (the active one, or `?tab=`), and which refresh is the newest.
  const shown = useRef<{ tabId: number | null; asked: number }>({ tabId: null, asked: 0 });
  const refresh = useCallback(async () => {
    const mine = ++shown.current.asked;
    const tabId = await targetTabId();
    const claims = tabId !== null ? await pageClaims(tabId) : null;
    // The facts with the claims, so that no claim is drawn before its fact arrives.
    const data = claims ? await ask({ type: 'engine-data' }) : null;
    if (mine !== shown.current.asked) return;
    shown.current.tabId = tabId;
    setPage(claims);
    if (data) {
      setFacts(new Map(data.facts.map((f) => [f.id, f])));
      setOrigins(data.origins);
      setFrames(new Map(data.frames.map((f) => [f.topic, f])));
    }
  }, []);

  useEffect(() => {
    void getSettings().then((s) => setLang(uiLang(s)));
    const load = () => refresh().catch((e: unknown) => logFailure('side-panel', e));
    void load();
    const onActivated = () => void load();
    const onUpdated = (_id: number, info: { status?: string }) => info.status === 'complete' && void load();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // The shown page announces each change to its claims; other tabs' announcements are not ours.
    const stopWatching = watchClaimsChanged((tabId) => tabId === shown.current.tabId && void load());
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      stopWatching();
    };
  }, [refresh]);

  return (
    <Classroom
      lang={lang}
      page={page}
      facts={facts}
      origins={origins}
      frames={frames}
      today={new Date().toISOString().slice(0, 10)}
      onRefresh={() => void refresh().catch((e: unknown) => logFailure('side-panel', e))}
      onLangChange={setLang}
      onDownload={download}
    />
  );
}

render(<App />, document.getElementById('app')!);
