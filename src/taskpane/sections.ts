/** "3" + "TEENISTUSKOHUSTUSED" → "3. Teenistuskohustused": headings in capitals are hard to read in a narrow pane. */
export function sectionLabel(number: string, title: string): string {
  const lower = title.toLocaleLowerCase('et');
  return `${number}. ${lower.charAt(0).toLocaleUpperCase('et')}${lower.slice(1)}`;
}

