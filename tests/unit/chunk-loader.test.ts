import { describe, expect, it, vi } from 'vitest';
import { chunkLoader } from '../../content/chunk-loader';
import { resetFailureLog, setFailureSink } from '../../diagnostics/log';

describe('a reader’s on-demand chunk (content/chunk-loader.ts)', () => {
  it('is fetched on first use only, once, every caller sharing the request', async () => {
    const fetch = vi.fn(async () => ({ feature: 'card' }));
    const load = chunkLoader('card', fetch);
    expect(fetch).not.toHaveBeenCalled();
    const first = load();
    expect(load()).toBe(first);
    const value = await first;
    expect(value).toEqual({ feature: 'card' });
    expect(await load()).toBe(value);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('logs a failure once under the feature’s name, resolves nothing, and asks again next time', async () => {
    resetFailureLog();
    const sink = vi.fn();
    setFailureSink(sink);
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('here');
    const load = chunkLoader<string>('reply-assistant', fetch);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b]).toEqual([undefined, undefined]);
    expect(sink.mock.calls).toEqual([['reply-assistant', 'Error: offline']]);
    expect(await load()).toBe('here');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
