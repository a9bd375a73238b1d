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
let log: ((error: unknown) => void) | undefined;

export function noteError(error: unknown): void {
  const words = (['et', 'en'] as Language[]).map((lang) => errorText(error, lang));
  last = { at: new Date(), text: words[0] === words[1] ? words[0] : words.join(' / ') };
  log?.(error);
}

/** Sends every error noted from now on to `logger` too (the host's log); returns what stops it. */
export function logNotedErrors(logger: (error: unknown) => void): () => void {
  log = logger;
  return () => {
    if (log === logger) log = undefined;
  };
}

export function lastError(): NotedError | undefined {
  return last;
}

/** The add-in's version, written into the bundle at build time. */
export const ADDIN_VERSION: string = process.env.ADDIN_VERSION || 'dev';
