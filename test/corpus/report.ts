/**
 * `npm run corpus`: checks every corpus document and prints precision (true findings / all
 * findings), recall (expected findings reported), fields read right, profiles right, and every
 * false alarm, miss and wrong field. `npm run corpus -- ID…` prints those documents in full.
 */
import { corpusIds, percent, runDocument, totals, type DocResult } from './lib/corpus';

const TARGETS = { precision: 95, recall: 95, fields: 95, profiles: 100 };

function show(r: DocResult, full: boolean): string[] {
  const lines: string[] = [];
  const where = (f: { location: { block: number; text: string } }) => `[${f.location.block}] ${f.location.text.slice(0, 60)}`;
  if (!r.profile.ok) lines.push(`  profile: expected ${r.profile.expected}, got ${r.profile.actual}`);
  for (const f of r.fields) if (!f.ok || full) lines.push(`  field ${f.field}: ${f.ok ? 'ok' : 'WRONG'} expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
  for (const f of r.falseAlarms) lines.push(`  FALSE ALARM ${f.rule}${f.subject ? ` (${f.subject})` : ''} ${where(f)}: ${f.message.et}`);
  for (const e of r.missed) lines.push(`  MISSED ${e.rule}${e.subject ? ` (${e.subject})` : ''}${e.text ? ` "${e.text}"` : ''}${e.planted ? ` [planted: ${e.planted}]` : ''}`);
  if (full) for (const f of r.matched) lines.push(`  ok ${f.rule} ${where(f)}: ${f.message.et}`);
  for (const b of r.badFixes) lines.push(`  BAD FIX ${b}`);
  return lines;
}

const args = process.argv.slice(2);
const ids = args.length > 0 ? args : corpusIds();
const results: DocResult[] = [];
for (const id of ids) {
  try {
    const r = runDocument(id);
    results.push(r);
    const lines = show(r, args.length > 0);
    console.log(`${lines.length === 0 ? 'ok  ' : '--  '}${id} (${r.expectation.employer}; ${r.profile.actual})`);
    for (const l of lines) console.log(l);
  } catch (e) {
    console.log(`ERR ${id}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
const t = totals(results);
const figures = {
  precision: percent(t.matched, t.reported),
  recall: percent(t.matched, t.expected),
  fields: percent(t.fieldsRight, t.fields),
  profiles: percent(t.profilesRight, t.documents),
};
console.log('');
console.log(`${t.documents} documents of ${t.employers} employers; ${t.reported} findings reported, ${t.expected} expected; ${t.fixesTried} fixes tried, ${t.badFixes} bad`);
console.log(`precision ${figures.precision} % (${t.matched}/${t.reported}), target ≥ ${TARGETS.precision} %`);
console.log(`recall    ${figures.recall} % (${t.matched}/${t.expected}), target ≥ ${TARGETS.recall} %`);
console.log(`fields    ${figures.fields} % (${t.fieldsRight}/${t.fields}), target ≥ ${TARGETS.fields} %`);
console.log(`profiles  ${figures.profiles} % (${t.profilesRight}/${t.documents}), target ${TARGETS.profiles} %`);
const met = figures.precision >= TARGETS.precision && figures.recall >= TARGETS.recall && figures.fields >= TARGETS.fields && figures.profiles >= TARGETS.profiles && t.badFixes === 0;
console.log(met ? 'targets met' : 'targets NOT met');
if (!met && args.length === 0) process.exitCode = 1;
