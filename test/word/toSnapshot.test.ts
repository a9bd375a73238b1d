import { cleanText, toBlocks, type RawParagraph } from '../../src/word/toSnapshot';

const raw = (text: string, extra: Partial<RawParagraph> = {}): RawParagraph => ({ text, tableNestingLevel: 0, tags: [], ...extra });

describe('toBlocks', () => {
  it('tells bullets from numbers by the list type, or by the list string when the type is unknown', () => {
    const blocks = toBlocks([
      raw('a', { list: { level: 0, listString: '3.1.', levelType: 'Number' } }),
      raw('b', { list: { level: 1, listString: '\uf0b7', levelType: 'Bullet' } }),
      raw('c', { list: { level: 0, listString: '▪' } }),
      raw('d', { list: { level: 0, listString: 'iv)' } }),
    ]);
    expect(blocks.map((b) => [b.number, b.bullet, b.listLevel])).toEqual([
      ['3.1.', undefined, 0],
      [undefined, true, 1],
      [undefined, true, 0],
      ['iv)', undefined, 0],
    ]);
  });

  it('takes heading levels from the built-in style, else from an outline level 1–9 (10 is body text)', () => {
    const blocks = toBlocks([
      raw('x', { styleBuiltIn: 'Heading2', outlineLevel: 2 }),
      raw('y', { styleBuiltIn: 'Other', style: 'Pealkiri 1', outlineLevel: 1 }),
      raw('z', { styleBuiltIn: 'Normal', outlineLevel: 10 }),
    ]);
    expect(blocks.map((b) => b.headingLevel)).toEqual([2, 1, undefined]);
    expect(blocks[1].style).toBe('Pealkiri 1');
  });

  it('numbers tables by first appearance, a new one after any paragraph between them', () => {
    const cell = (row: number, col: number) => raw('c', { tableNestingLevel: 1, cell: { row, col } });
    const blocks = toBlocks([cell(0, 0), cell(0, 1), raw('between'), cell(0, 0), raw('end')]);
    expect(blocks.map((b) => b.table?.table)).toEqual([0, 0, undefined, 1, undefined]);
    expect(blocks[1]).toMatchObject({ kind: 'cell', table: { table: 0, row: 0, col: 1 } });
  });

  it('cleans Word text: no paragraph or cell marks, manual line breaks as newlines', () => {
    expect(cleanText('Rida\u000bteine\r\u0007')).toBe('Rida\nteine');
  });
});
