import { fold } from '../normalize';
import { signaturePlan } from '../plans';
import { defineRule } from './define';
import { blockText, DOCUMENT, messageAt } from './places';

/** House rule: the document ends with its signature block, every party the profile names; approval by a directive stands for it. */
export const signatureBlockMissing = defineRule(
  {
    id: 'signature-block-missing',
    severity: 'error',
    layer: 'house',
    houseRule: 'signatureBlock',
    description: {
      et: 'Dokumendi lõpus on allkirjade osa (töötaja ametijuhendil tööandja ja töötaja allkiri).',
      en: 'The document ends with the signature block (for an employee, the employer’s and the employee’s).',
    },
  },
  (ctx, report) => {
    // Approved by a directive ("Kinnitatud … käskkirjaga"): the directive is signed, the annex needs no signatures.
    if (ctx.jd.approval) return;
    const sigs = ctx.jd.signatures;
    const last = Math.max(ctx.snapshot.blocks.length - 1, 0);
    if (sigs.length === 0) {
      const parties = ctx.profile.signature.parties;
      const who = parties.length > 0 ? { et: ` (${parties.join(', ')})`, en: ` (${parties.join(', ')})` } : { et: '', en: '' };
      report({
        message: messageAt(DOCUMENT, {
          et: `allkirjade osa${who.et} puudub. Lisage see dokumendi lõppu.`,
          en: `the signature block${who.en} is missing. Add it at the end of the document.`,
        }),
        block: last,
        text: blockText(ctx, last),
        fix: {
          description: { et: 'Lisa allkirjade osa', en: 'Add the signature block' },
          edits: [{ kind: 'insert', at: { end: true }, plan: signaturePlan(ctx.profile) }],
        },
      });
      return;
    }
    const block = Math.min(...sigs.map((s) => s.block));
    for (const party of ctx.profile.signature.parties) {
      if (sigs.some((s) => fold(s.role).startsWith(fold(party)))) continue;
      report({
        message: messageAt(DOCUMENT, {
          et: `allkirjade osas puudub „${party}“. Lisage allkirjastaja „${party}:“ koos nime ja ametinimetusega.`,
          en: `the signature block has no "${party}". Add the signer "${party}:" with name and position.`,
        }),
        block,
        text: blockText(ctx, block),
      });
    }
  },
);
