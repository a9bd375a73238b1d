/**
 * The two DocumentHosts the pane runs on, each over a document given as a snapshot, for the one
 * contract suite (./contract.test.ts): the demo host, and the Word adapter over the fake Word.
 */
import type { DocumentHost } from '../../src/core/host';
import type { Block, DocumentSnapshot } from '../../src/core/snapshot';
import { DemoHost } from '../../src/demo/DemoHost';
import { WordHost } from '../../src/word/WordHost';
import { nodesOf } from '../word/fakeDocument';
import { FakeWord, installFake, uninstallFake } from '../word/fakeWord';

/** What every source of a snapshot must give alike of a block (Word adds style names and the like on its own). */
function shape(b: Block) {
  return {
    index: b.index,
    kind: b.kind,
    text: b.text,
    tags: b.tags,
    table: b.table,
    headingLevel: b.headingLevel,
    bullet: b.bullet === true,
    bold: b.bold === true,
  };
}

export const shapes = (s: DocumentSnapshot) => s.blocks.map(shape);

export interface OpenDocument {
  host: DocumentHost;
  /** The user types: block `index` gets `text` (one undo entry, a change event). */
  type(index: number, text: string): void;
  /** Ctrl+Z: false when there is nothing to undo. */
  undo(): boolean;
}

export interface HostKind {
  name: string;
  /** A host over the document, the cursor in block `cursor` when given. */
  open(snapshot: DocumentSnapshot, cursor?: number): OpenDocument;
  /** Removes what `open` installed. */
  close(): void;
}

export const demoHost: HostKind = {
  name: 'DemoHost',
  open(snapshot, cursor) {
    const host = new DemoHost(snapshot);
    if (cursor !== undefined) host.setSelection(cursor);
    return { host, type: (i, text) => host.setText(i, text), undo: () => host.undo() };
  },
  close() {},
};

export const wordHost: HostKind = {
  name: 'WordHost over the fake Word',
  open(snapshot, cursor) {
    const comments = Array.from({ length: snapshot.comments }, () => ({ resolved: false }));
    const fake = new FakeWord(nodesOf(snapshot), { selection: cursor, trackedChanges: snapshot.trackedChanges, comments });
    installFake(fake);
    return { host: new WordHost(), type: (i, text) => fake.type(i, text), undo: () => fake.undo() };
  },
  close: uninstallFake,
};
