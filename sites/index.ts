/** Picks the adapter for a host: the first specific one that claims it, else the generic one. */
import { genericAdapter } from './generic';
import type { SiteAdapter } from './types';

const SPECIFIC: SiteAdapter[] = [];

export function adapterFor(host: string): SiteAdapter {
  return SPECIFIC.find((a) => a.matches(host)) ?? genericAdapter;
}
