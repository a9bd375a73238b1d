import type { Edit } from '../../src/core/content';
import { withBasis } from '../../src/core/apply';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { WordHost } from '../../src/word/WordHost';
import { documentOf } from './fakeDocument';
import { FakeWord, installFake, type Call, type FakeNode } from './fakeWord';

export function setup(nodes: FakeNode[], options: ConstructorParameters<typeof FakeWord>[1] = {}, sets?: Record<string, string>) {
  const fake = new FakeWord(nodes, options);
  installFake(fake, sets);
  const host = new WordHost();
  /** Applies edits as the pane does: made from `from`, by default the document as it is now. */
  const apply = (edits: Edit[], from: DocumentSnapshot = documentOf(fake)) => host.apply(withBasis(edits, from));
  /** Counts the syncs of one call. */
  const syncsOf = async <T>(work: () => Promise<T>): Promise<{ syncs: number; result: T }> => {
    const before = fake.syncs;
    const result = await work();
    return { syncs: fake.syncs - before, result };
  };
  return { fake, host, apply, syncsOf };
}

const READS = /^(getRange|search|expandTo|intersectWith|getSelection|getOoxml|select)$/;

/** The calls that change the document. */
export const writes = (calls: Call[]) => calls.filter((c) => c.method !== 'sync' && !READS.test(c.method));

export const texts = (fake: FakeWord) => fake.nodes.map((n) => n.text);

/** Syncs that happen after the first write of the calls (must be exactly one per apply). */
export function syncsAfterFirstWrite(calls: Call[]): number {
  const first = calls.findIndex((c) => writes([c]).length > 0);
  return calls.slice(first).filter((c) => c.method === 'sync').length;
}
