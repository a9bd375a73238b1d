import type { FakeWord } from './fakeWord';

export class NotLoaded extends Error {}

/** load() bookkeeping shared by proxies: which paths were loaded, and whether a sync followed. */
export class Loadable {
  protected loadedPaths = new Set<string>();
  protected loadedAt = -1;
  constructor(readonly fake: FakeWord, protected readonly nullObject = false) {}
  load(props: string): this {
    for (const p of props.split(',').map((s) => s.trim()).filter(Boolean)) this.loadedPaths.add(p);
    this.loadedAt = this.fake.syncs;
    return this;
  }
  hasLoaded(path: string): boolean {
    return this.loadedPaths.has(path);
  }
  protected check(path: string): void {
    if (this.nullObject) throw new Error(`property ${path} read on a null object`);
    if (!this.loadedPaths.has(path) || this.fake.syncs <= this.loadedAt) throw new NotLoaded(`property not loaded: ${path}`);
  }
  /** Like Word: known only once the object was loaded and a sync came back. */
  get isNullObject(): boolean {
    if (this.loadedAt < 0 || this.fake.syncs <= this.loadedAt) throw new NotLoaded('isNullObject read before load() and sync()');
    return this.nullObject;
  }
  protected live(what: string): void {
    if (this.nullObject) throw new Error(`ItemNotFound: ${what} on a null object`);
  }
}
