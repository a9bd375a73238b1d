import { applyEdits } from '../../src/core/apply';
import { replaceAt } from '../../src/core/rules/edits';
import { snapshotFromLines } from '../core/seed-snapshots';

/** The block's text after the edit, applied as every host applies it (the first occurrence of `find`). */
function applied(text: string, start: number, end: number, replacement: string): string {
  return applyEdits(snapshotFromLines([text]), [replaceAt(0, text, start, end, replacement)]).blocks[0].text;
}

const occurrences = (text: string, part: string) => [...text.matchAll(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].length;

describe('replaceAt: a replace edit names one place', () => {
  it('on "kompetens ja kompetens" each word’s edit changes that word', () => {
    const text = 'kompetens ja kompetens';
    expect(replaceAt(0, text, 13, 22, 'kompetents')).toEqual({ kind: 'replace', block: 0, find: ' kompetens', replace: ' kompetents' });
    expect(replaceAt(0, text, 0, 9, 'kompetents')).toEqual({ kind: 'replace', block: 0, find: 'kompetens ', replace: 'kompetents ' });
    expect(applied(text, 0, 9, 'kompetents')).toBe('kompetents ja kompetens');
    expect(applied(text, 13, 22, 'kompetents')).toBe('kompetens ja kompetents');
  });

  it('keeps `find` as short as it can: the words alone when they occur once', () => {
    expect(replaceAt(3, 'Eesti keele valdamine tasemel C2.', 30, 32, 'C1')).toEqual({ kind: 'replace', block: 3, find: 'C2', replace: 'C1' });
  });

  it('inserts at a place with a non-empty `find`', () => {
    expect(replaceAt(0, 'VASTUTUS', 0, 0, '5. ')).toEqual({ kind: 'replace', block: 0, find: 'V', replace: '5. V' });
    expect(applied('a a', 3, 3, '!')).toBe('a a!');
  });

  it('for every range of repetitive texts: `find` occurs once, and applying it gives the text with that range replaced', () => {
    for (const text of ['kompetens kompetens kompetens', 'aaaa', 'ab ab ab.', '3.1 3.1 3.1', 'x']) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          const edit = replaceAt(0, text, start, end, '#');
          if (edit.kind !== 'replace') throw new Error('not a replace');
          expect({ text, start, end, count: occurrences(text, edit.find) }).toEqual({ text, start, end, count: 1 });
          expect(applied(text, start, end, '#')).toBe(text.slice(0, start) + '#' + text.slice(end));
        }
      }
    }
  });
});
