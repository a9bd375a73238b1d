/** Shared by the language-level rules: CEFR levels and the language names. */
import type { LanguageRequirement } from '../model';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** The highest level of Estonian an employer may require (state exams: A2, B1, B2, C1). */
export const ESTONIAN_MAX_LEVEL = 'C1';

export function isCefrLevel(level: string): boolean {
  return (CEFR_LEVELS as readonly string[]).includes(level.trim().toUpperCase());
}

export function isEstonian(req: LanguageRequirement): boolean {
  return req.language.trim().toLowerCase().startsWith('eesti');
}

/** «eesti keele», «inglise keele», «võõrkeele» — the language in the genitive, as the sentence needs. */
export function languageName(req: LanguageRequirement): { et: string; en: string } {
  const lang = req.language.trim().toLowerCase();
  if (lang === '' || lang.startsWith('võõrkeel')) return { et: 'võõrkeele', en: 'foreign language' };
  const known: Record<string, string> = { eesti: 'Estonian', inglise: 'English', vene: 'Russian', soome: 'Finnish', saksa: 'German', prantsuse: 'French' };
  const stem = lang.replace(/\s*keel.*$/, '');
  return { et: `${stem} keele`, en: known[stem] ?? stem };
}
