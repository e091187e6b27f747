/**
 * A short-lived, in-process cache for hot reads (sessions, /me, program access, home counts).
 *
 * Every successful state-changing request bumps the epoch, which drops everything cached, so a
 * user never reads their own write stale. Changes made by other server processes (several
 * instances on one PostgreSQL) show up when an entry's time-to-live runs out.
 */
export class ReadCache {
  private epoch = 0;
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(options: { ttlSeconds: number; maxEntries?: number }) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxEntries = options.maxEntries ?? 20_000;
  }

  get enabled() {
    return this.ttlMs > 0;
  }

  /** Returns the cached value for `key`, or loads, caches and returns it. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const epoch = this.epoch;
    const value = load();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { at: now, value });
    // A failed load is not remembered; a load that straddled a write is dropped with its epoch.
    value.then(
      () => {
        if (epoch !== this.epoch) this.entries.delete(key);
      },
      () => this.entries.delete(key),
    );
    return value;
  }

  /** Forgets one key (e.g. a session that was just refreshed). */
  delete(key: string) {
    this.entries.delete(key);
  }

  /** Called after every successful write. */
  invalidateAll() {
    this.epoch++;
    this.entries.clear();
  }
}
