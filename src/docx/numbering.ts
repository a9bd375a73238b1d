import { DocxError } from './errors';
import { isOn, parseXml, type XmlLimits } from './xml';

export interface NumberingLimits extends XmlLimits {
  /** Longest number format (w:lvlText) and longest rendered number. */
  maxNumberChars: number;
}

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Partial<Level>>;
}

export interface RenderedNumber {
  /** The rendered text, e.g. "3.1."; empty for bullets and unnumbered levels. */
  text: string;
  bullet: boolean;
}

/**
 * Word's automatic numbering: list definitions from numbering.xml and the running counters,
 * advanced paragraph by paragraph in document order.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Partial<Level>>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number[]>();
  private readonly maxChars: number;

  constructor(xml: string | undefined, limits: NumberingLimits) {
    this.maxChars = limits.maxNumberChars;
    if (!xml) return;
    let levels: Map<number, Partial<Level>> | undefined;
    let level: Partial<Level> | undefined;
    let num: Num | undefined;
    let overrideLevel = -1;
    parseXml(xml, 'word/numbering.xml', limits, {
      open: (name, attrs) => {
        const val = attrs['w:val'];
        switch (name) {
          case 'w:abstractNum':
            levels = new Map();
            this.abstracts.set(attrs['w:abstractNumId'] ?? '', levels);
            break;
          case 'w:num':
            num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
            this.nums.set(attrs['w:numId'] ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num && val !== undefined) num.abstractId = val;
            break;
          case 'w:lvlOverride':
            overrideLevel = Number(attrs['w:ilvl'] ?? 0);
            break;
          case 'w:startOverride':
            if (num && overrideLevel >= 0) num.startOverrides.set(overrideLevel, Number(val ?? 0));
            break;
          case 'w:lvl': {
            level = {};
            const ilvl = Number(attrs['w:ilvl'] ?? 0);
            if (num && overrideLevel >= 0) num.levelOverrides.set(ilvl, level);
            else levels?.set(ilvl, level);
            break;
          }
          case 'w:start':
            if (level && val !== undefined) level.start = Number(val);
            break;
          case 'w:numFmt':
            // Inside mc:AlternateContent the later (fallback) format wins, which is always a plain one.
            if (level && val !== undefined) level.format = val;
            break;
          case 'w:lvlText':
            if (val !== undefined && val.length > limits.maxNumberChars) throw tooLong(limits.maxNumberChars);
            if (level && val !== undefined) level.text = val;
            break;
          case 'w:isLgl':
            if (level) level.legal = isOn(attrs);
            break;
        }
      },
      close: (name) => {
        if (name === 'w:lvl') level = undefined;
        else if (name === 'w:abstractNum') levels = undefined;
        else if (name === 'w:num') num = undefined;
        else if (name === 'w:lvlOverride') overrideLevel = -1;
      },
    });
  }

  private level(num: Num, ilvl: number): Level {
    const base = this.abstracts.get(num.abstractId)?.get(ilvl) ?? {};
    const over = num.levelOverrides.get(ilvl) ?? {};
    const start = num.startOverrides.get(ilvl) ?? over.start ?? base.start ?? 1;
    return {
      start: Number.isFinite(start) ? start : 1,
      format: over.format ?? base.format ?? 'decimal',
      text: over.text ?? base.text ?? '',
      legal: over.legal ?? base.legal ?? false,
    };
  }

  /** True when the list exists (numId 0 or an unknown id means "no numbering"). */
  has(numId: string): boolean {
    return numId !== '0' && this.nums.has(numId);
  }

  /** Advances the list's counter for a paragraph at `ilvl` and renders its number. */
  next(numId: string, ilvl: number): RenderedNumber {
    const num = this.nums.get(numId)!;
    const lvl = Math.min(Math.max(0, ilvl | 0), 8);
    const own = this.level(num, lvl);
    if (own.format === 'bullet') return { text: '', bullet: true };
    // Lists sharing one definition continue each other unless one restarts its numbering.
    const key = num.startOverrides.size > 0 ? `n${numId}` : `a${num.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = []));
    for (let i = 0; i < lvl; i++) if (counters[i] === undefined) counters[i] = this.level(num, i).start;
    counters[lvl] = counters[lvl] === undefined ? own.start : counters[lvl] + 1;
    counters.length = lvl + 1;
    if (own.format === 'none') return { text: own.text.replace(/%[1-9]/g, ''), bullet: false };
    const text = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      if (i > lvl) return '';
      const format = own.legal ? 'decimal' : this.level(num, i).format;
      return formatNumber(counters![i], format);
    });
    if (text.length > this.maxChars) throw tooLong(this.maxChars);
    return { text, bullet: false };
  }
}

function tooLong(max: number): DocxError {
  return new DocxError(`word/numbering.xml: a list number is too long (more than ${max} characters)`, `word/numbering.xml: loendi number on liiga pikk (üle ${max} märgi)`);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let s = '';
  let rest = Math.min(Math.max(n, 0), 3999);
  for (const [v, r] of table) while (rest >= v) { s += r; rest -= v; }
  return s;
}

function letter(n: number): string {
  if (n < 1) return '';
  // Word repeats the letter: 27 → "aa".
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 50));
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'lowerLetter': return letter(n);
    case 'upperLetter': return letter(n).toUpperCase();
    case 'decimalZero': return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'none': return '';
    default: return String(n);
  }
}
