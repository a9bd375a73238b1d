/** Competency names compared loosely: case, diacritics and a trailing "(…)" or ":" do not matter. */
import { fold } from '../normalize';

export function competencyKey(name: string): string {
  return fold(name.replace(/\([^)]*\)/g, ' ').replace(/[:.]\s*$/, ''));
}
