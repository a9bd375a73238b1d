/** A text in the UI's two languages. Estonian first. */
export interface Bilingual {
  et: string;
  en: string;
}

export type Language = keyof Bilingual;
