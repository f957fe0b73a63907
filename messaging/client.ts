/** Typed senders to the background (its message API) and to the extension's pages, usable from content scripts and pages. */
import { browser } from 'wxt/browser';
import type { ClaimsChanged, ErrorResponse, Request, ResponseMap } from './protocol';

export async function ask<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const response = (await browser.runtime.sendMessage(request)) as ResponseMap[R['type']] | ErrorResponse | undefined;
  if (!response || typeof response !== 'object') throw new Error(`No answer to ${request.type}`);
  if ('error' in response && typeof response.error === 'string') throw new Error(response.error);
  return response as ResponseMap[R['type']];
}

/** Tells the extension's open pages (popup, classroom) that this page's claims changed; no answer is awaited. */
export async function announceClaimsChanged(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'claims-changed' } satisfies ClaimsChanged);
}
