import { checkDocument } from '../../src/core/engine';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { demoDocument, documentFor, emptyDocument } from '../../src/demo/demoDocument';

describe('demo documents', () => {
  test('the demo job description has exactly the problems it is meant to show', () => {
    const result = checkDocument(demoDocument(), { catalogue: defaultCatalogue() });
    expect(result.profile.id).toBe('ametnik');
    expect(result.isJobDescription).toBe(true);
    expect(result.findings.map((f) => f.rule).sort()).toEqual(
      ['duty-without-result', 'field-empty', 'language-level-above-max', 'placeholder-left'],
    );
  });

  test('it is signed by the fictional Kadri Tamm', () => {
    const text = demoDocument().blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Kadri Tamm');
  });

  test('?doc=bench400 has 400 duties; ?doc=empty is a new Word document', () => {
    const result = checkDocument(documentFor('bench400'));
    expect(result.jd.duties).toHaveLength(400);
    expect(documentFor('empty')).toEqual(emptyDocument());
    expect(emptyDocument().blocks).toEqual([{ index: 0, kind: 'paragraph', text: '', style: 'Normal', tags: [] }]);
    expect(documentFor(null)).toEqual(demoDocument());
  });

  test('blocks are numbered in order and tables numbered by appearance', () => {
    const blocks = demoDocument().blocks;
    blocks.forEach((b, i) => expect(b.index).toBe(i));
    const tables = [...new Set(blocks.filter((b) => b.kind === 'cell').map((b) => b.table!.table))];
    expect(tables).toEqual([0, 1]);
  });
});
