import type { FoundSection } from '../core/model';

/** "3" + "TEENISTUSKOHUSTUSED" → "3. Teenistuskohustused": headings in capitals are hard to read in a narrow pane. */
export function sectionLabel(number: string, title: string): string {
  const lower = title.toLocaleLowerCase('et');
  return `${number}. ${lower.charAt(0).toLocaleUpperCase('et')}${lower.slice(1)}`;
}

/** The found section whose heading or body holds `block`. */
export function sectionAt(sections: FoundSection[], block: number | undefined): FoundSection | undefined {
  if (block === undefined) return undefined;
  return sections.find((s) => s.found && s.block !== undefined && s.block <= block && block <= (s.endBlock ?? s.block));
}
