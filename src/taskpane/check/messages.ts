import type { Finding } from '../../core/findings';
import type { SectionDef } from '../../core/profile-types';
import { sectionName } from '../../core/rules/places';
import type { Language } from '../../core/text';

/**
 * The message as shown under its group's heading: «Osa 3 „TEENISTUSKOHUSTUSED“: rida 3.5 …» in the
 * group "3. Teenistuskohustused" reads «Rida 3.5 …»; in any other group it stays whole.
 */
export function messageIn(f: Finding, section: SectionDef | undefined, lang: Language): string {
  const message = f.message[lang];
  if (!section) return message;
  const prefix = `${sectionName(section)[lang]}: `;
  if (!message.startsWith(prefix) || message.length === prefix.length) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
}
