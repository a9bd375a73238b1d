/** A text in the UI's two languages. Estonian first. */
export interface Bilingual {
  et: string;
  en: string;
}

export type Language = keyof Bilingual;

/** Fills `{name}` slots of a text. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));
}
