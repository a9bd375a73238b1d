import { DocxError, readDocx } from '../../src/docx/read';
import { makeDocx, numbering, numPr, p } from './helpers';

// Issue 10, items 1 and 2: small files whose list numbers or paragraphs would each cost little,
// repeated until memory runs out. The limits refuse them with one line, before the cost grows.

function refusal(bytes: Uint8Array, limits = {}): DocxError {
  try {
    readDocx(bytes, limits);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error('readDocx accepted the file');
}

const list = (lvlText: string, format = 'decimal', start = 1) =>
  numbering(
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
  );

describe('list numbers (item 1)', () => {
  test('a number format repeating %1 200,000 times is refused in one line, however few paragraphs use it', () => {
    const bytes = makeDocx(p('x', numPr(1)), { 'word/numbering.xml': list('%1'.repeat(200_000)) });
    const e = refusal(bytes);
    expect(e.message).toBe('word/numbering.xml: a list number is too long (more than 256 characters)');
    expect(e.bilingual.et).toBe('word/numbering.xml: loendi number on liiga pikk (üle 256 märgi)');
  });

  test('a short format that renders long (letters from a high start) is refused too', () => {
    // 128 placeholders of at most 50 letters each: the format is within its cap, the number is not.
    const bytes = makeDocx(p('x', numPr(1)), { 'word/numbering.xml': list('%1'.repeat(128), 'lowerLetter', 1290) });
    expect(refusal(bytes).message).toMatch(/a list number is too long/);
  });

  test('numbers count against the text limit', () => {
    // 100 items numbered "1." … "100." hold 292 characters of numbers and 100 of text.
    const bytes = makeDocx(p('x', numPr(1)).repeat(100), { 'word/numbering.xml': list('%1.') });
    expect(readDocx(bytes, { maxTextChars: 392 }).blocks).toHaveLength(100);
    expect(refusal(bytes, { maxTextChars: 391 }).message).toBe('document has too much text (more than 391 characters)');
  });

  test('ordinary numbers are untouched: nine levels, legal numbering, up to the cap', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${Array.from({ length: i + 1 }, (_, k) => `%${k + 1}`).join('.')}."/></w:lvl>`).join('');
    const xml = numbering(`<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const body = Array.from({ length: 9 }, (_, i) => p(`level ${i}`, numPr(1, i))).join('');
    const blocks = readDocx(makeDocx(body, { 'word/numbering.xml': xml })).blocks;
    expect(blocks.map((b) => b.number)).toEqual(['1.', '1.1.', '1.1.1.', '1.1.1.1.', '1.1.1.1.1.', '1.1.1.1.1.1.', '1.1.1.1.1.1.1.', '1.1.1.1.1.1.1.1.', '1.1.1.1.1.1.1.1.1.']);
    expect(readDocx(makeDocx(p('x', numPr(1)), { 'word/numbering.xml': list('x'.repeat(254) + '%1') })).blocks[0].number).toBe('x'.repeat(254) + '1');
  });
});

describe('paragraphs (item 2)', () => {
  test('more than 100,000 paragraphs are refused in one line; 100,000 are read', () => {
    expect(readDocx(makeDocx('<w:p/>'.repeat(100_000))).blocks).toHaveLength(100_000);
    const e = refusal(makeDocx('<w:p/>'.repeat(100_001)));
    expect(e.message).toBe('document has too many paragraphs (more than 100000)');
    expect(e.bilingual.et).toBe('dokumendis on liiga palju lõike (üle 100000)');
  });

  test('the limit stops the parse early: 2.5 million empty paragraphs cost no more than the limit', () => {
    const before = process.memoryUsage().heapUsed;
    expect(refusal(makeDocx('<w:p/>'.repeat(2_500_000))).message).toMatch(/too many paragraphs/);
    // Without the limit the blocks alone took some 400 MB (10 million: 1.5 GB).
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
  });
});
