import { SaxesParser } from 'saxes';
import { DocxError } from './errors';

export interface XmlLimits {
  maxDepth: number;
}

export interface XmlHandler {
  /** `path` holds the names of the open elements, the new one last. */
  open(name: string, attrs: Record<string, string>, path: string[]): void;
  close(name: string, path: string[]): void;
  text?(text: string, path: string[]): void;
}

/**
 * Streams one XML part through `handler`. A DOCTYPE is refused outright (no entity expansion is
 * ever attempted), and nesting deeper than the limit stops the parse.
 */
export function parseXml(xml: string, part: string, limits: XmlLimits, handler: XmlHandler): void {
  const parser = new SaxesParser();
  const path: string[] = [];
  // What a handler throws passes through as it is; only the parser's own failures are reworded.
  let fromHandler: unknown;
  const guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      fromHandler = e;
      throw e;
    }
  };
  parser.on('doctype', () => {
    throw new DocxError(`${part} contains a DOCTYPE declaration, which a .docx never has`, `${part} sisaldab DOCTYPE-deklaratsiooni, mida .docx-failis ei ole`);
  });
  parser.on('error', (e) => {
    throw new DocxError(`${part} is not well-formed XML (${e.message.split('\n')[0]})`, `${part} ei ole korrektne XML (${e.message.split('\n')[0]})`);
  });
  parser.on('opentag', guard((tag) => {
    path.push(tag.name);
    if (path.length > limits.maxDepth) throw new DocxError(`${part} is nested too deeply (more than ${limits.maxDepth} levels)`, `${part} on liiga sügavalt pesastatud (üle ${limits.maxDepth} taseme)`);
    handler.open(tag.name, tag.attributes as Record<string, string>, path);
  }));
  parser.on('closetag', guard((tag) => {
    handler.close(tag.name, path);
    path.pop();
  }));
  if (handler.text) {
    const onText = handler.text;
    parser.on('text', guard((t) => onText(t, path)));
  }
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (e) {
    if (e instanceof DocxError || (e !== undefined && e === fromHandler)) throw e;
    throw new DocxError(`${part} cannot be read (${String((e as Error).message).split('\n')[0]})`, `${part} ei ole loetav (${String((e as Error).message).split('\n')[0]})`);
  }
}

/** Word's on/off values: absent or "1"/"true"/"on" mean on. */
export function isOn(attrs: Record<string, string>): boolean {
  const v = attrs['w:val'];
  return v === undefined || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}
