import { useState } from 'react';

/**
 * Copying text for the user: `copied` says how it went. Webviews may refuse the clipboard; then
 * the part shows the text for copying by hand.
 */
export function useCopy() {
  const [copied, setCopied] = useState<'ok' | 'failed'>();
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };
  return { copied, copy, reset: () => setCopied(undefined) };
}
