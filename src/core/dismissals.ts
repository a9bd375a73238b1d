/**
 * Dismissed warnings, stored in the document itself so that the next check, another writer's pane
 * and `jd-check` keep them: one custom document property per dismissal, named
 * `jd.dismissed.<id>`, whose value is the writer's reason. Word reads and writes these with
 * `document.properties.customProperties` (WordApi 1.3); in a .docx file they are
 * docProps/custom.xml. A property, not a hidden content control: it is no paragraph, so the text,
 * the check's block numbers and every edit's basis stay as they are, Word's own "Info → Properties"
 * shows it, and it survives copy and paste of the text (which does not carry it into another document).
 */
import { documentFingerprint } from './apply';

/** What every dismissal property's name starts with. */
export const DISMISSAL_PROPERTY = 'jd.dismissed.';

/** Word keeps at most 255 characters of a property's value on the desktop; a reason is kept shorter. */
export const MAX_REASON = 200;

/** The id of a finding's dismissal, from its identity across edits (`findingKey` in ./engine.ts): short, as a property name needs. */
export function dismissalId(findingKey: string): string {
  return documentFingerprint([findingKey]).split(':')[1];
}

export function dismissalProperty(id: string): string {
  return `${DISMISSAL_PROPERTY}${id}`;
}

/** The dismissal id of a property name, or undefined for another property. */
export function dismissalIdOf(property: string): string | undefined {
  return property.startsWith(DISMISSAL_PROPERTY) && property.length > DISMISSAL_PROPERTY.length ? property.slice(DISMISSAL_PROPERTY.length) : undefined;
}

/** A reason as stored: one line, trimmed, at most MAX_REASON characters. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON);
}
