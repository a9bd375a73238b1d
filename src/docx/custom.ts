/**
 * Writing the dismissed warnings into a .docx (the package editor, ./edit.ts, when a change dismisses
 * or restores one): docProps/custom.xml with exactly the document's `jd.dismissed.*` properties,
 * every other property kept byte for byte; the part, its content type and its relationship added
 * when the file has none. Read by ./properties.ts.
 */
import { DISMISSAL_PROPERTY, dismissalProperty } from '../core/dismissals';
import type { Dismissal } from '../core/snapshot';
import { attr, escapeXml, findAll, parseTree } from './locate';
import { CUSTOM_PART } from './properties';

const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
/** The format id every user-defined property carries. */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

function propertyXml(d: Dismissal, pid: number): string {
  return `<property fmtid="${FMTID}" pid="${pid}" name="${escapeXml(dismissalProperty(d.id))}"><vt:lpwstr>${escapeXml(d.reason)}</vt:lpwstr></property>`;
}

/** docProps/custom.xml with exactly `dismissals` as its `jd.dismissed.*` properties; every other property kept byte for byte. */
export function customXml(existing: string | undefined, dismissals: Dismissal[]): string {
  if (!existing) {
    const body = dismissals.map((d, i) => propertyXml(d, i + 2)).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`
    );
  }
  const tree = parseTree(existing);
  const root = tree.children.find((c) => /(^|:)Properties$/.test(c.name));
  if (!root) throw new Error(`${CUSTOM_PART} has no Properties element`);
  const properties = findAll(root, 'property');
  const ours = properties.filter((p) => (attr(existing, p, 'name') ?? '').startsWith(DISMISSAL_PROPERTY));
  const pids = properties.filter((p) => !ours.includes(p)).map((p) => Number(attr(existing, p, 'pid'))).filter((n) => Number.isFinite(n));
  let pid = Math.max(1, ...pids);
  // Ours are taken out where they were, and written anew before the end tag.
  let out = '';
  let at = 0;
  for (const p of ours) {
    out += existing.slice(at, p.start);
    at = p.end;
  }
  const added = dismissals.map((d) => propertyXml(d, ++pid)).join('');
  if (root.closeStart === root.openEnd && existing[root.openEnd - 2] === '/') {
    // <Properties … />: opened and closed around the new properties.
    if (!added) return existing;
    const open = existing.slice(root.start, root.openEnd - 2).trimEnd();
    return `${existing.slice(0, root.start)}${open}>${added}</${root.name}>${existing.slice(root.end)}`;
  }
  out += existing.slice(at, root.closeStart) + added;
  return out + existing.slice(root.closeStart);
}

/** [Content_Types].xml with the custom properties part declared (unchanged when it is). */
export function withCustomContentType(xml: string): string {
  if (xml.includes(`PartName="/${CUSTOM_PART}"`)) return xml;
  const end = xml.lastIndexOf('</Types>');
  if (end < 0) throw new Error('[Content_Types].xml has no Types element');
  return `${xml.slice(0, end)}<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/>${xml.slice(end)}`;
}

/** _rels/.rels with a relationship to the custom properties part (unchanged when it has one). */
export function withCustomRelationship(xml: string): string {
  if (xml.includes(CUSTOM_REL)) return xml;
  const end = xml.lastIndexOf('</Relationships>');
  if (end < 0) throw new Error('_rels/.rels has no Relationships element');
  const ids = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  return `${xml.slice(0, end)}<Relationship Id="rId${n}" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/>${xml.slice(end)}`;
}
