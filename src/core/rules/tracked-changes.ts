import { defineRule } from './define';
import { blockText, DOCUMENT, firstBlock, messageAt } from './places';

/** Pending revisions must be accepted or rejected before signature. */
export const trackedChanges = defineRule(
  {
    id: 'tracked-changes',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Dokumendis ei ole vastu võtmata jälitatud muudatusi.',
      en: 'The document has no pending tracked changes.',
    },
  },
  (ctx, report) => {
    const n = ctx.snapshot.trackedChanges;
    if (n <= 0) return;
    const block = firstBlock(ctx);
    report({
      message: messageAt(DOCUMENT, {
        et: `${n} jälitatud muudatus${n === 1 ? '' : 't'} on vastu võtmata. Enne allkirjastamist võtke muudatused vastu või lükake tagasi (Läbivaatus → Muudatused).`,
        en: `${n} tracked change${n === 1 ? ' is' : 's are'} pending. Accept or reject them before signature (Review → Changes).`,
      }),
      block,
      text: blockText(ctx, block),
    });
  },
);
