import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../messaging/handler';
import { openClassroom } from '../messaging/tabs';
import { BUNDLED_FACTS, BUNDLED_FRAMES } from '../store/bundled';
import { PuenteDB } from '../store/db';
import { ensureSeeded, seedBundled } from '../store/seed';

export default defineBackground(() => {
  const db = new PuenteDB();
  const version = browser.runtime.getManifest().version;
  let seeding: Promise<void> | null = null;
  const ready = () => (seeding ??= ensureSeeded(db, BUNDLED_FACTS, BUNDLED_FRAMES, version));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') {
      seeding = seedBundled(db, BUNDLED_FACTS, BUNDLED_FRAMES, version).then(() => undefined);
    }
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return handleMessage({ db, ready, extensionId: browser.runtime.id, openClassroom }, message, sender);
  });
});
