/**
 * `npm run corpus:pairs`: every pair of corpus variations (test/corpus/lib/variations.ts), one after
 * the other, over every corpus document; prints each pair that changes a judgement, with the first
 * documents it changes. Too slow for every test run (a few minutes); run it after adding a variation
 * or changing the reader. Exits 1 when a pair changes a judgement.
 */
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { corpusIds, problems, runDocument } from './lib/corpus';
import { VARIATIONS } from './lib/variations';

const names = Object.keys(VARIATIONS);
const ids = corpusIds();
let pairs = 0;
let failing = 0;
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) {
    pairs++;
    const vary = (s: DocumentSnapshot) => VARIATIONS[names[j]](VARIATIONS[names[i]](s));
    const changed = ids.flatMap((id) => {
      const found = problems(runDocument(id, undefined, undefined, undefined, vary));
      return found.length > 0 ? [`${id}: ${found[0]}`] : [];
    });
    if (changed.length === 0) continue;
    failing++;
    console.log(`${names[i]} + ${names[j]}: ${changed.length} document(s)`);
    for (const line of changed.slice(0, 3)) console.log(`  ${line.slice(0, 240)}`);
  }
}
console.log(`${pairs} pairs of ${names.length} variations over ${ids.length} documents; ${failing} change a judgement`);
process.exitCode = failing > 0 ? 1 : 0;
