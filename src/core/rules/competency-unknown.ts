import type { Rule } from './rule';

/** First version; the full check follows. */
export const competencyUnknown: Rule = {
  id: 'competency-unknown',
  severity: 'info',
  description: {
    et: 'Kompetentsi ei ole kataloogis.',
    en: 'The competency is not in the catalogue.',
  },
  check: () => [],
};
