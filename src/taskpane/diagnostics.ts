/**
 * The pane's last error, kept for the "Teave / About" part so that a user can paste it into a
 * support request. Small and synchronous: it is imported by the first view.
 */
import type { Language } from '../core/text';
import { errorText } from './useTask';

export interface NotedError {
  at: Date;
  /** The message in both languages when the error has both, Estonian first. */
  text: string;
}

let last: NotedError | undefined;

export function noteError(error: unknown): void {
  const words = (['et', 'en'] as Language[]).map((lang) => errorText(error, lang));
  last = { at: new Date(), text: words[0] === words[1] ? words[0] : words.join(' / ') };
}

export function lastError(): NotedError | undefined {
  return last;
}

/** The add-in's version, written into the bundle at build time. */
export const ADDIN_VERSION: string = process.env.ADDIN_VERSION || 'dev';
