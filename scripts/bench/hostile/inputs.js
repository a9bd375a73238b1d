// Hostile inputs for the hostile-input benchmark, built in memory (nothing large is committed).
// Each builder returns the bytes of one file; the sizes are those of the review in issue 10.
'use strict';
const { strToU8, zipSync } = require('fflate');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx around a body; parts compressed at level 9 so small files hold big XML. */
function docx(body, parts = {}) {
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files, { level: 9 });
}

const para = (text, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`;

/** A short, ordinary job description that must still be reported beside a hostile file. */
function good() {
  return docx(
    [
      para('AMETIJUHEND'),
      para('1. ÜLDOSA'),
      para('1.1. Ametikoha nimetus: nõunik'),
      para('2. AMETIKOHA EESMÄRK'),
      para('Nõustab osakonda.'),
    ].join(''),
  );
}

/** Item 1: one numbering level whose lvlText repeats %1 `repeats` times, used by `paragraphs` list items. */
function lvlTextBomb(paragraphs, repeats = 200000) {
  const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${'%1'.repeat(repeats)}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return docx(para('x', numPr()).repeat(paragraphs), { 'word/numbering.xml': numbering });
}

/** Item 2: `count` empty paragraphs. */
function emptyParagraphs(count) {
  return docx('<w:p/>'.repeat(count));
}

/** Nine levels, each rendering every level as letters with a large start: the longest legal numbers. */
function longNumbers(paragraphs) {
  const levels = Array.from({ length: 9 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1290"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="${'%1.%2.%3.%4.%5.%6.%7.%8.%9.'}"/></w:lvl>`).join('');
  const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  return docx(para('x', numPr(8)).repeat(paragraphs), { 'word/numbering.xml': numbering });
}

/** Many short paragraphs of ordinary words, for the rules. */
function manyParagraphs(count) {
  const words = ['Koostab', 'analüüse', 'ja', 'ettepanekuid', 'osakonna', 'juhatajale', 'tähtajaks'];
  let body = '';
  for (let i = 0; i < count; i++) body += para(`${i + 1}. ${words[i % 7]} ${words[(i * 3) % 7]} ${words[(i * 5) % 7]}`);
  return docx(body);
}

/** As much text as the reader allows, in one paragraph. */
function longParagraph(chars) {
  return docx(para('ametijuhend '.repeat(Math.ceil(chars / 12)).slice(0, chars)));
}

/** Big XML with no paragraphs at all: elements the reader ignores (a name with "š€" makes the text two bytes a character). */
function ignoredElements(count, name = 'x') {
  return docx(`<w:bookmarkStart w:id="0" w:name="${name}"/>`.repeat(count));
}

/** A long basedOn chain and a paragraph style at its end, used by many paragraphs. */
function styleChain(paragraphs) {
  let styles = '';
  for (let i = 0; i < 2000; i++) styles += `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="s${i}"/>${i ? `<w:basedOn w:val="s${i - 1}"/>` : ''}</w:style>`;
  return docx(para('x', '<w:pStyle w:val="s1999"/>').repeat(paragraphs), { 'word/styles.xml': `<w:styles ${W}>${styles}</w:styles>` });
}

/** Paragraphs full of template placeholders: a finding per placeholder, a million from 20 kB. */
function placeholders(paragraphs, perParagraph) {
  return docx(para('AMETIJUHEND') + para('XXX '.repeat(perParagraph)).repeat(paragraphs));
}

module.exports = { docx, good, lvlTextBomb, emptyParagraphs, longNumbers, manyParagraphs, longParagraph, ignoredElements, styleChain, placeholders };
