import { isOn, parseXml, type XmlLimits } from './xml';

/** What the reader needs from one style in styles.xml. */
interface StyleDef {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  bold?: boolean;
  caps?: boolean;
}

export interface Styles {
  /** Display name of a style id, e.g. "Heading 1" for "Heading1". */
  name(styleId: string): string | undefined;
  /** The first value of `key` found along the style's basedOn chain. */
  inherited<K extends keyof StyleDef>(styleId: string | undefined, key: K): StyleDef[K];
  defaultParagraphStyle?: string;
  defaultBold: boolean;
  defaultCaps: boolean;
}

const MAX_CHAIN = 32;

export function parseStyles(xml: string | undefined, limits: XmlLimits): Styles {
  const defs = new Map<string, StyleDef>();
  let defaultParagraphStyle: string | undefined;
  let defaultBold = false;
  let defaultCaps = false;
  let current: StyleDef | undefined;
  if (xml) {
    parseXml(xml, 'word/styles.xml', limits, {
      open(name, attrs, path) {
        const parent = path[path.length - 2];
        const grand = path[path.length - 3];
        if (name === 'w:style') {
          current = {};
          defs.set(attrs['w:styleId'] ?? '', current);
          if (attrs['w:type'] === 'paragraph' && isOn({ 'w:val': attrs['w:default'] ?? '0' })) {
            defaultParagraphStyle = attrs['w:styleId'];
          }
          return;
        }
        const val = attrs['w:val'];
        if (grand === 'w:rPrDefault' && parent === 'w:rPr') {
          if (name === 'w:b') defaultBold = isOn(attrs);
          if (name === 'w:caps') defaultCaps = isOn(attrs);
          return;
        }
        if (!current) return;
        if (parent === 'w:style') {
          if (name === 'w:name') current.name = val;
          else if (name === 'w:basedOn') current.basedOn = val;
        } else if (parent === 'w:pPr' && grand === 'w:style') {
          if (name === 'w:outlineLvl' && val !== undefined) current.outlineLvl = Number(val);
        } else if (parent === 'w:numPr' && path[path.length - 4] === 'w:style') {
          if (name === 'w:numId') current.numId = val;
          else if (name === 'w:ilvl' && val !== undefined) current.ilvl = Number(val);
        } else if (parent === 'w:rPr' && grand === 'w:style') {
          if (name === 'w:b') current.bold = isOn(attrs);
          else if (name === 'w:caps') current.caps = isOn(attrs);
        }
      },
      close(name) {
        if (name === 'w:style') current = undefined;
      },
    });
  }
  return {
    name(styleId) {
      const n = defs.get(styleId)?.name;
      // Built-in names are stored in lower case ("heading 1"); Word shows them capitalised.
      return n ? n.charAt(0).toUpperCase() + n.slice(1) : undefined;
    },
    inherited(styleId, key) {
      let id = styleId;
      for (let i = 0; id !== undefined && i < MAX_CHAIN; i++) {
        const def = defs.get(id);
        if (!def) return undefined;
        if (def[key] !== undefined) return def[key];
        id = def.basedOn;
      }
      return undefined;
    },
    defaultParagraphStyle,
    defaultBold,
    defaultCaps,
  };
}
