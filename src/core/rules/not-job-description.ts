import type { JobDescription } from '../model';
import { firstTextBlock, type DocumentSnapshot } from '../snapshot';
import { defineRule } from './define';

/**
 * A document is a job description when it has the title ("AMETIJUHEND"), at least two of the
 * profile's sections, or one with two part-1 fields ("Ametinimetus: …", "Vahetu juht: …" above the
 * duties, no title). Anything else (a letter, an empty page) gets one finding instead of dozens.
 */
export function looksLikeJobDescription(jd: JobDescription, snapshot: DocumentSnapshot): boolean {
  if (!firstTextBlock(snapshot)) return false;
  const sections = jd.sections.filter((s) => s.found).length;
  const fields = Object.values(jd.fields).filter((f) => f?.value).length;
  return jd.title !== undefined || sections >= 2 || (sections === 1 && fields >= 2);
}

export const notJobDescription = defineRule(
  {
    id: 'not-job-description',
    severity: 'error',
    layer: 'common',
    description: {
      et: 'Dokument peab olema ametijuhend: pealkiri „AMETIJUHEND“ või ametijuhendi osad.',
      en: 'The document must be a job description: the title "AMETIJUHEND" or the parts of one.',
    },
  },
  (ctx, report) => {
    if (ctx.isJobDescription || !ctx.estonian) return;
    const first = firstTextBlock(ctx.snapshot);
    const duties = ctx.profile.sections.find((s) => s.id === 'ulesanded')?.title ?? 'TEENISTUSKOHUSTUSED';
    report({
      message: first
        ? {
            et: `See dokument ei paista olevat ametijuhend: pealkirja „${ctx.profile.title}“ ega ametijuhendi osi (nt „1. ÜLDOSA“, „3. ${duties}“) ei leitud. Ametijuhendi alustamiseks lisa põhi vahekaardilt „Koosta“.`,
            en: `This document does not look like a job description: neither the title "${ctx.profile.title}" nor its parts (e.g. "1. ÜLDOSA", "3. ${duties}") were found. To start one, insert the skeleton from the Koosta (Compose) tab.`,
          }
        : {
            et: 'Dokument on tühi. Ametijuhendi koostamiseks lisa põhi vahekaardilt „Koosta“: see lisab pealkirja ja kõik osad (ÜLDOSA kuni AMETIJUHENDI MUUTMINE).',
            en: 'The document is empty. To write a job description, insert the skeleton from the Koosta (Compose) tab: it adds the title and every part (ÜLDOSA to AMETIJUHENDI MUUTMINE).',
          },
      block: first?.index ?? 0,
      text: first?.text.trim() ?? '',
    });
  },
);
