import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { logFailure } from '../diagnostics/log';
import { signalFactsChanged } from '../messaging/facts-signal';
import { topicClassifier } from '../importers/topic-classifier';
import { handleMessage, type HandlerContext } from '../messaging/handler';
import { openClassroom } from '../messaging/tabs';
import { BUNDLED_FACTS, BUNDLED_FRAMES } from '../store/bundled';
import { PuenteDB } from '../store/db';
import { ensureSeeded, seedBundled, seedGate } from '../store/seed';

export default defineBackground(() => {
  const db = new PuenteDB();
  const version = browser.runtime.getManifest().version;
  // A failed seeding is retried by the next request instead of being cached.
  const seeding = seedGate(() => ensureSeeded(db, BUNDLED_FACTS, BUNDLED_FRAMES, version));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') {
      seeding.replace(seedBundled(db, BUNDLED_FACTS, BUNDLED_FRAMES, version)).catch((e: unknown) => logFailure('seed', e));
    }
  });

  const context: HandlerContext = {
    db,
    ready: seeding.ready,
    bundled: { facts: BUNDLED_FACTS, frames: BUNDLED_FRAMES, version },
    classify: topicClassifier(BUNDLED_FACTS),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    openClassroom,
    notifyChanged: () => signalFactsChanged(),
    // A content script's failure, written here: this console is the extension's own.
    logFailure: (feature: string, message: string) => console.error(`Puente (${feature}, in a page): ${message}`),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return handleMessage(context, message, sender).catch((e: unknown) => {
      logFailure('messaging', e);
      return { error: 'The request failed' };
    });
  });
});
