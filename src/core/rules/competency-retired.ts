import type { Rule } from './rule';

/** First version; the full check follows. */
export const competencyRetired: Rule = {
  id: 'competency-retired',
  severity: 'warning',
  description: {
    et: 'Kompetents on kataloogist kõrvaldatud; kasutage asendavat kompetentsi.',
    en: 'The competency has been retired from the catalogue; use its replacement.',
  },
  check: () => [],
};
