import { defineRule } from './define';
import { blockText, DOCUMENT, firstBlock, messageAt } from './places';

/** Only Estonian job descriptions are checked: a document in another language gets this one finding. */
export const languageNotEstonian = defineRule(
  {
    id: 'language-not-estonian',
    severity: 'info',
    layer: 'common',
    description: {
      et: 'Kontrollitakse ainult eestikeelseid ametijuhendeid.',
      en: 'Only job descriptions in Estonian are checked.',
    },
  },
  (ctx, report) => {
    if (ctx.estonian) return;
    const block = firstBlock(ctx);
    report({
      message: messageAt(DOCUMENT, {
        et: 'dokument ei ole eesti keeles. Kontrollitakse ainult eestikeelseid ametijuhendeid; teiste keelte versioone see kontroll ei hinda.',
        en: 'the document is not in Estonian. Only job descriptions in Estonian are checked; versions in other languages are not assessed.',
      }),
      block,
      text: blockText(ctx, block),
    });
  },
);
