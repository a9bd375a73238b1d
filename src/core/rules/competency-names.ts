/** Competency names compared loosely: case, diacritics and a trailing "(…)" or ":" do not matter. */
import type { Competency } from '../model';
import { fold } from '../normalize';

export function competencyKey(name: string): string {
  return fold(name.replace(/\([^)]*\)/g, ' ').replace(/[:.]\s*$/, ''));
}

/** Each competency listed again (under any wording of its name), with the first entry of that name. */
export function repeatedCompetencies(competencies: Competency[]): { repeat: Competency; first: Competency }[] {
  const seen = new Map<string, Competency>();
  const out: { repeat: Competency; first: Competency }[] = [];
  for (const c of competencies) {
    const key = competencyKey(c.name);
    const first = seen.get(key);
    if (first) out.push({ repeat: c, first });
    else seen.set(key, c);
  }
  return out;
}
