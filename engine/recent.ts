/**
 * A pure function's results for the keys asked lately. One sentence is bound several times over (detection over every
 * series, then the verdict step within its topic, for its years and for its bare numbers), reading the same stretches of
 * words each time; a page's sentences share none, so only the latest few hundred are worth keeping.
 */
export class Recent<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, make: () => V): V {
    const known = this.map.get(key);
    if (known !== undefined) return known;
    const made = make();
    // Dropping everything at once keeps the bookkeeping free; the next sentence refills what it needs.
    if (this.map.size >= this.size) this.map.clear();
    this.map.set(key, made);
    return made;
  }
}
