/**
 * `npm run corpus:build [id…]`: writes test/corpus/<id>.docx from its source test/corpus/src/<id>.ts
 * (each exports `doc`, a CorpusDoc). The .docx files are committed; a test keeps them in step.
 */
import fs from 'fs';
import path from 'path';
import { buildDocx, type CorpusDoc } from './lib/docx-builder';

export const SRC_DIR = path.join(__dirname, 'src');

export function sourceIds(): string[] {
  return fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
}

export function buildOne(id: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(SRC_DIR, `${id}.ts`)) as { doc?: CorpusDoc };
  if (!mod.doc) throw new Error(`test/corpus/src/${id}.ts exports no "doc"`);
  return buildDocx(mod.doc);
}

if (require.main === module) {
  const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : sourceIds();
  for (const id of ids) {
    const bytes = buildOne(id);
    fs.writeFileSync(path.join(__dirname, `${id}.docx`), bytes);
    console.log(`test/corpus/${id}.docx (${bytes.length} bytes)`);
  }
}
