/**
 * A rule's short explanation, as the pane's "Miks?" / "Why?" shows it: the "## Miks" (Estonian) or
 * "## Why" (English) section of the rule's page, docs/rules/<id>.md, as plain text. Pure.
 */
import type { Language } from './text';

const HEADING: Record<Language, string> = { et: 'Miks', en: 'Why' };

/** Markdown to plain text: links to their words, code and emphasis to their text, lines joined. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The page's explanation in `lang`; undefined when the page has no such section. */
export function ruleExplanation(page: string, lang: Language): string | undefined {
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${HEADING[lang]}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const text = plain(lines.slice(start + 1, end < 0 ? undefined : end).join('\n'));
  return text || undefined;
}
