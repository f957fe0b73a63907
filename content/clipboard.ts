import { logFailure } from '../diagnostics/log';

/** Copies text made by `make` to the clipboard; false (and the failure logged) when it could not. */
export async function copyText(make: () => string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(make());
    return true;
  } catch (e) {
    logFailure('copy', e);
    return false;
  }
}
