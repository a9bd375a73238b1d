/**
 * `npm run corpus:build [id…]`: writes test/corpus/<id>.docx from its source test/corpus/src/<id>.ts
 * (each exports `doc`, a CorpusDoc). The .docx files are committed; a test keeps them in step.
 */
import fs from 'fs';
import path from 'path';
import { buildDocx, type CorpusDoc } from './lib/docx-builder';
import type { Expectation } from './lib/corpus';

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

const README = path.join(__dirname, 'README.md');
const SOURCES_HEADING = '## Sources';

/** The README's table of sources, one row per document, from the expectation files. */
export function sourcesTable(): string {
  const rows = sourceIds()
    .filter((id) => fs.existsSync(path.join(__dirname, `${id}.expect.json`)))
    .map((id) => {
      const e = JSON.parse(fs.readFileSync(path.join(__dirname, `${id}.expect.json`), 'utf8')) as Expectation;
      const date = e.source.date ? `, ${e.source.date}` : '';
      const planted = e.findings.some((f) => f.planted) ? ' (a defect planted)' : '';
      return `| \`${id}\` | ${e.employer} | ${e.kind} | ${e.profile} | [${e.source.title.replace(/\|/g, '/')}](${e.source.url})${date}${planted} |`;
    });
  return ['| id | employer | kind | profile | source |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with its table of sources brought up to date. */
export function readmeWithSources(): string {
  const text = fs.readFileSync(README, 'utf8');
  const at = text.indexOf(SOURCES_HEADING);
  const head = at < 0 ? `${text.trimEnd()}\n\n` : text.slice(0, at);
  return `${head}${SOURCES_HEADING}\n\n${sourcesTable()}\n`;
}

if (require.main === module) {
  const ids = process.argv.slice(2).length > 0 ? process.argv.slice(2) : sourceIds();
  for (const id of ids) {
    const bytes = buildOne(id);
    fs.writeFileSync(path.join(__dirname, `${id}.docx`), bytes);
    console.log(`test/corpus/${id}.docx (${bytes.length} bytes)`);
  }
  fs.writeFileSync(README, readmeWithSources());
  console.log('test/corpus/README.md (sources)');
}
