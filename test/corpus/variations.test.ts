/**
 * The corpus as other employers would type it: each variation (test/corpus/lib/variations.ts)
 * changes how a document is written, never what a reviewer would report, so every document must
 * be read and judged as its expectation says. A failure here is a family of documents, not one.
 */
import fs from 'fs';
import path from 'path';
import { readDocx } from '../../src/docx/read';
import { CORPUS_DIR, corpusIds, problems, runDocument } from './lib/corpus';
import { VARIATIONS } from './lib/variations';

const ids = corpusIds();

describe.each(Object.keys(VARIATIONS))('%s', (name) => {
  const vary = VARIATIONS[name];

  test('changes the corpus (the variation is not a no-op)', () => {
    const changed = ids.filter((id) => {
      const original = readDocx(new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, `${id}.docx`))));
      return JSON.stringify(vary(original).blocks) !== JSON.stringify(original.blocks);
    });
    expect(changed.length).toBeGreaterThanOrEqual(5);
  });

  test('every document is read and judged as published', () => {
    const differ = ids.map((id) => ({ id, problems: problems(runDocument(id, undefined, undefined, undefined, vary)) })).filter((d) => d.problems.length > 0);
    expect(differ).toEqual([]);
  });
});
