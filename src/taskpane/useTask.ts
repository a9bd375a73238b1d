import { useCallback, useRef, useState } from 'react';
import type { Bilingual, Language } from '../core/text';

/**
 * A one-line reason for an error from the host, the core or the network, in the pane's language
 * when the error carries both (the Word adapter's errors do, in `bilingual`).
 */
export function errorText(error: unknown, lang: Language = 'et'): string {
  const bilingual = (error as { bilingual?: Partial<Bilingual> } | null)?.bilingual;
  if (bilingual && typeof bilingual[lang] === 'string') return bilingual[lang] as string;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return String(error);
}

export interface Task {
  /** True while at least one task runs. */
  busy: boolean;
  /** The last failure (show it with errorText); cleared when the next task starts. */
  error?: unknown;
  /** Runs `work`; a failure is kept in `error` (never thrown), and the result is undefined. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/** Busy state and error capture for the pane's asynchronous actions. */
export function useTask(): Task {
  const running = useRef(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    running.current++;
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(e ?? new Error('Unknown error'));
      return undefined;
    } finally {
      running.current--;
      if (running.current === 0) setBusy(false);
    }
  }, []);

  const clearError = useCallback(() => setError(undefined), []);
  return { busy, error, run, clearError };
}
