import type { Rule } from './rule';

/** First version; the full drift check follows. */
export const competencyOutdated: Rule = {
  id: 'competency-outdated',
  severity: 'warning',
  description: {
    et: 'Kataloogist pärit kompetentsi tekst erineb kataloogi praegusest tekstist.',
    en: 'A catalogue competency’s text differs from the current catalogue text.',
  },
  check: () => [],
};
