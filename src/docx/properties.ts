/**
 * The dismissed warnings of a .docx file: custom document properties `jd.dismissed.<id>` in
 * docProps/custom.xml (src/core/dismissals.ts says why a property), read with the document.
 * Written by ./custom.ts.
 */
import { dismissalIdOf } from '../core/dismissals';
import type { Dismissal } from '../core/snapshot';
import { parseXml, type XmlLimits } from './xml';

export const CUSTOM_PART = 'docProps/custom.xml';

/** The dismissals stored in docProps/custom.xml (none when the part is absent). */
export function readDismissals(xml: string | undefined, limits: XmlLimits): Dismissal[] {
  if (!xml) return [];
  const found: Dismissal[] = [];
  let current: Dismissal | undefined;
  let inValue = false;
  const isProperty = (name: string) => /(^|:)property$/.test(name);
  parseXml(xml, CUSTOM_PART, limits, {
    open(name, attrs) {
      if (isProperty(name)) {
        const id = dismissalIdOf(attrs.name ?? '');
        current = id ? { id, reason: '' } : undefined;
      } else if (current && /^vt:lpw?str$/.test(name)) inValue = true;
    },
    close(name) {
      if (/^vt:lpw?str$/.test(name)) inValue = false;
      else if (isProperty(name) && current) {
        found.push(current);
        current = undefined;
      }
    },
    text(text) {
      if (current && inValue) current.reason += text;
    },
  });
  return found;
}
