import { at, defineRule, placeOf } from './util';

/**
 * Template placeholders left in the text. Underscore lines are placeholders only above the
 * signatures (below them they are lines to sign on).
 */
const PATTERNS: RegExp[] = [
  /\[\s*(?:\.{2,}|…)?\s*\]/g, // "[...]", "[…]", "[ ]"
  /\[\s*(?:sisesta|lisa|kirjuta|täida|insert|enter|add)\b[^\]]*\]/giu, // "[sisesta nimi]"
  /<\s*(?:sisesta|lisa|kirjuta|täida|insert|enter|add)\b[^>]*>/giu, // "<sisesta …>", "<insert …>"
  /(?<![\p{L}\d])X{3,}(?![\p{L}\d])/gu, // "XXX"
  /(?<![\p{L}\d])TODO(?![\p{L}\d])/gu,
  /^\s*(?:…|\.{3})\s*$/g, // "…" alone in a paragraph
];
const UNDERSCORES = /_{4,}/g;
/** Every placeholder has one of these characters; a block without any needs no regex run. */
const MAY_HAVE_PLACEHOLDER = /[[<X_…]|TODO|\.\.\./;

export const placeholderLeft = defineRule(
  {
    id: 'placeholder-left',
    severity: 'error',
    description: {
      et: 'Mallist jäänud täitekohad (nt „[…]“, „XXX“, „<sisesta …>“) peavad olema asendatud.',
      en: 'Template placeholders (e.g. "[…]", "XXX", "<insert …>") must be replaced.',
    },
  },
  (ctx, report) => {
    const signatureStart = Math.min(...ctx.jd.signatures.map((s) => s.block), ctx.snapshot.blocks.length);
    for (const block of ctx.snapshot.blocks) {
      if (!MAY_HAVE_PLACEHOLDER.test(block.text)) continue;
      const patterns = block.index < signatureStart ? [...PATTERNS, UNDERSCORES] : PATTERNS;
      const hits = patterns.flatMap((p) => [...block.text.matchAll(p)].map((m) => m[0].trim()));
      if (hits.length === 0) continue;
      const place = placeOf(ctx.jd, block.index);
      for (const hit of hits) {
        report({
          message: at(place.name, {
            et: `täitekoht „${hit}“ on asendamata. Kirjutage selle asemele õige tekst.`,
            en: `the placeholder "${hit}" is still there. Replace it with the real text.`,
          }),
          section: place.section,
          block: block.index,
          text: hit,
        });
      }
    }
  },
);
