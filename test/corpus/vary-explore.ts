import { corpusIds, problems, runDocument } from './lib/corpus';
import { VARIATIONS } from './lib/variations';
for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(VARIATIONS)) {
  const lines: string[] = [];
  for (const id of corpusIds()) {
    const p = problems(runDocument(id, undefined, undefined, undefined, VARIATIONS[name]));
    if (p.length) lines.push(`  ${id}\n    ${p.join('\n    ')}`);
  }
  console.log(`== ${name}: ${lines.length} documents differ\n${lines.join('\n')}`);
}
