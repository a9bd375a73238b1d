import type { RuleContext } from './rule';
import { defineRule } from './define';
import { messageAt, placeOf } from './places';

/**
 * Template placeholders left in the text: any bracketed instruction or blank ("[kuupäev]", "[nimi]",
 * "[kirjelda …]", "[…]"), "<sisesta …>", "XXX", "TODO", a lone "…", Word's text in an empty form field
 * ("Klõpsake või koputage siin teksti sisestamiseks."), and blanks ("____") above the
 * signing lines. The signing lines at the end ("Kuupäev: ____", "Direktor: ____", "____ (allkiri)")
 * are not placeholders, nor are references in brackets ("[1]").
 */
const PATTERNS: RegExp[] = [
  /\[[^\[\]\n\d]{0,80}\]/gu, // "[kuupäev]", "[…]", "[ ]"; not "[1]" or "[2.3]"
  /<\s*(?:sisesta|lisa|kirjuta|täida|insert|enter|add)\b[^>]*>/giu, // "<sisesta …>", "<insert …>"
  /(?<![\p{L}\d])X{3,}(?![\p{L}\d])/gu, // "XXX"
  /(?<![\p{L}\d])TODO(?![\p{L}\d])/gu,
  /^\s*(?:…|\.{3})\s*$/g, // "…" alone in a paragraph
  // Word's own text in an empty content control of a form template, in Estonian and English.
  /Klõpsake või koputage (?:siin teksti sisestamiseks|kuupäeva sisestamiseks)\.?|Valige üksus\.?|Click or tap (?:here to enter text|to enter a date)\.?|Choose an item\.?/gu,
];
const UNDERSCORES = /_{4,}/g;
/** Every placeholder has one of these characters; a block without any needs no regex run. */
const MAY_HAVE_PLACEHOLDER = /[[<X_…]|TODO|\.\.\.|Klõpsake|Valige|Click|Choose/;
/** A signing line: what is left without its blanks and notes is at most a short label ("Töötaja:", "Kuupäev", "Tallinn, „__“ ____ 2026. a"). */
const MAX_SIGNING_WORDS = 4;

/** True when the text holds a template placeholder (not counting "____" blanks): what the Koosta tab's "Asenda" may replace. */
export function hasPlaceholder(text: string): boolean {
  return MAY_HAVE_PLACEHOLDER.test(text) && PATTERNS.some((p) => text.match(p) !== null);
}

function isSigningLine(text: string): boolean {
  // A numbered item ("2.1 Õpetab ____ ainet") is the document's text, however short.
  if (/^\s*\d+(?:\.\d+)*\.?\s+\p{L}/u.test(text)) return false;
  // Notes in brackets under the blanks ("(ees- ja perekonnanimi)  (allkiri)  (kuupäev)") say what to write there.
  const rest = text
    .replace(/\([^()]{0,40}\)/g, ' ')
    .replace(/_{2,}/g, ' ')
    .replace(/[\s:./,;„“”"«»'’-]+/g, ' ')
    .trim();
  return rest === '' || rest.split(/\s+/).length <= MAX_SIGNING_WORDS;
}

/** Where the signing lines at the end begin: the signature block, or the trailing lines that are blank, signing lines or short notes. */
function signingStart(ctx: RuleContext): number {
  let start = ctx.snapshot.blocks.length;
  for (let i = ctx.snapshot.blocks.length - 1; i >= 0; i--) {
    const text = ctx.snapshot.blocks[i].text.trim();
    if (text && !isSigningLine(text)) break;
    start = i;
  }
  return Math.min(start, ...ctx.jd.signatures.map((s) => s.block));
}

export const placeholderLeft = defineRule(
  {
    id: 'placeholder-left',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Mallist jäänud täitekohad (nt „[kuupäev]“, „XXX“, „<sisesta …>“) on asendatud.',
      en: 'Template placeholders (e.g. "[kuupäev]", "XXX", "<insert …>") have been replaced.',
    },
  },
  (ctx, report) => {
    const signing = signingStart(ctx);
    for (const block of ctx.snapshot.blocks) {
      if (!MAY_HAVE_PLACEHOLDER.test(block.text)) continue;
      const patterns = block.index >= signing ? PATTERNS : [...PATTERNS, UNDERSCORES];
      const hits = patterns.flatMap((p) => [...block.text.matchAll(p)].map((m) => m[0].trim()));
      if (hits.length === 0) continue;
      const place = placeOf(ctx.jd, block.index);
      for (const hit of hits) {
        report({
          message: messageAt(place.name, {
            et: `täitekoht „${hit}“ on asendamata. Kirjutage selle asemele õige tekst.`,
            en: `the placeholder "${hit}" is still there. Replace it with the real text.`,
          }),
          section: place.section,
          subject: hit,
          block: block.index,
          text: hit,
        });
      }
    }
  },
);
