import { defineRule } from './define';
import { blockText, DOCUMENT, firstBlock, messageAt } from './places';

/** Comments are resolved or deleted before the document goes for signature. */
export const commentsOpen = defineRule(
  {
    id: 'comments-open',
    severity: 'warning',
    layer: 'common',
    description: {
      et: 'Dokumendis ei ole lahendamata kommentaare.',
      en: 'The document has no open comments.',
    },
  },
  (ctx, report) => {
    const n = ctx.snapshot.comments;
    if (n <= 0) return;
    const block = firstBlock(ctx);
    report({
      message: messageAt(DOCUMENT, {
        et: `${n} kommentaar${n === 1 ? '' : 'i'} on lahendamata. Vastake kommentaaridele ning lahendage või kustutage need enne allkirjastamist.`,
        en: `${n} comment${n === 1 ? ' is' : 's are'} open. Answer them, then resolve or delete them before signature.`,
      }),
      block,
      text: blockText(ctx, block),
    });
  },
);
