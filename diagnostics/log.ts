/**
 * Failures a developer needs to see, logged once each, with the feature's name, to the
 * extension's own console. Extension pages and the background log directly (their console
 * is the extension's); a content script hands its failures to the background instead,
 * because its console is the page's (and Firefox shows extension errors only in the
 * extension's console). Nothing here ever writes to the page.
 */
export type Feature =
  | 'start-up'
  | 'scanner'
  | 'card'
  | 'copy'
  | 'mute'
  | 'classroom'
  | 'facts-update'
  | 'reply-assistant'
  | 'highlight-style'
  | 'seed'
  | 'options'
  | 'popup'
  | 'side-panel'
  | 'messaging';

export const FEATURES: readonly Feature[] = [
  'start-up',
  'scanner',
  'card',
  'copy',
  'mute',
  'classroom',
  'facts-update',
  'reply-assistant',
  'highlight-style',
  'seed',
  'options',
  'popup',
  'side-panel',
  'messaging',
];

type Sink = (feature: Feature, message: string) => void;

const seen = new Set<string>();
let sink: Sink = (feature, message) => console.error(`Puente (${feature}): ${message}`);

/** Where failures go in this context: the console (default) or the background (content scripts). */
export function setFailureSink(next: Sink): void {
  sink = next;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

/** Logs one failure of a feature; the same failure again is not repeated. */
export function logFailure(feature: Feature, error: unknown): void {
  const message = describeError(error);
  const key = `${feature}\n${message}`;
  if (seen.has(key)) return;
  seen.add(key);
  try {
    sink(feature, message);
  } catch (e) {
    // The sink itself failed (the background went away): the console is the last resort.
    console.error(`Puente (${feature}): ${message}`, e);
  }
}

/** For tests: forget what was logged. */
export function resetFailureLog(): void {
  seen.clear();
}
