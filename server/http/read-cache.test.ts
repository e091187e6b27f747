import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache.ts';

describe('ReadCache', () => {
  it('loads once within the time to live', async () => {
    const cache = new ReadCache({ ttlSeconds: 60 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toBe(1);
    expect(await cache.get('k', load)).toBe(1);
    expect(await cache.get('other', load)).toBe(2);
  });

  it('forgets everything after a write, and a load that straddled the write', async () => {
    const cache = new ReadCache({ ttlSeconds: 60 });
    let value = 'old';
    let release!: () => void;
    const slow = cache.get('k', () => new Promise<string>((r) => (release = () => r(value))));
    cache.invalidateAll();
    value = 'new';
    release();
    expect(await slow).toBe('new');
    expect(await cache.get('k', async () => 'fresh')).toBe('fresh');
  });

  it('does not remember failures', async () => {
    const cache = new ReadCache({ ttlSeconds: 60 });
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', async () => 'up')).toBe('up');
  });

  it('is a pass-through when disabled', async () => {
    const cache = new ReadCache({ ttlSeconds: 0 });
    let loads = 0;
    await cache.get('k', async () => ++loads);
    await cache.get('k', async () => ++loads);
    expect(loads).toBe(2);
  });
});
