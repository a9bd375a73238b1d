import { titlePlan } from '../plans';
import { defineRule } from './define';
import { blockText, DOCUMENT, firstBlock, messageAt } from './places';

/** The document must start with its title, e.g. "AMETIJUHEND". */
export const titleMissing = defineRule(
  {
    id: 'title-missing',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Dokumendil peab olema pealkiri (nt „AMETIJUHEND“).',
      en: 'The document must have its title (e.g. "AMETIJUHEND").',
    },
  },
  (ctx, report) => {
    if (ctx.jd.title && ctx.jd.title.value.trim() !== '') return;
    const title = ctx.profile.title;
    const block = firstBlock(ctx);
    // The title goes after the variant markers ("Töölepingu juurde kuuluv lisa"), else first.
    const lastMarker = ctx.jd.markers[ctx.jd.markers.length - 1];
    const plan = titlePlan(ctx.profile);
    if (lastMarker) plan.blocks = plan.blocks.filter((b) => b.type !== 'paragraph' || b.text === title);
    report({
      message: messageAt(DOCUMENT, {
        et: `pealkiri „${title}“ puudub. Lisage see dokumendi algusesse.`,
        en: `the title "${title}" is missing. Add it at the top of the document.`,
      }),
      block,
      text: blockText(ctx, block),
      fix: {
        description: { et: `Lisa pealkiri „${title}“`, en: `Add the title "${title}"` },
        edits: [
          {
            kind: 'insert',
            at: lastMarker ? { after: lastMarker.block } : ctx.snapshot.blocks.length > 0 ? { before: 0 } : { end: true },
            plan,
          },
        ],
      },
    });
  },
);
