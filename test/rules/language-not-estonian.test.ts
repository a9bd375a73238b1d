import { checkDocument } from '../../src/core/engine';
import { languageNotEstonian } from '../../src/core/rules/language-not-estonian';
import { snapshotFromLines } from '../core/seed-snapshots';
import { run, seed } from './rule-context';

const english = snapshotFromLines([
  'Job description',
  '1. General',
  'The position is responsible for the planning of the budget and the reports of the department.',
  'The holder of the position reports to the head of the department and is substituted by a specialist.',
  '2. Duties and responsibilities',
  'To prepare the annual budget of the department and to monitor its implementation in the course of the year.',
  'To advise the staff of the department on the rules of public procurement and on the use of the funds.',
  '3. Requirements',
  'A master’s degree in economics or finance, and at least three years of experience in a similar position.',
]);

describe('language-not-estonian', () => {
  it('stays silent on both seeds, and on Estonian text with a few English words', () => {
    expect(run(languageNotEstonian, seed('ametnik'), 'ametnik')).toEqual([]);
    expect(checkDocument(seed('tootaja')).findings.map((f) => f.rule)).not.toContain('language-not-estonian');
  });

  it('gives an English job description this one finding and nothing else (not "not a job description")', () => {
    const result = checkDocument(english);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['language-not-estonian', 'info']]);
    expect(result.findings[0].message.et).toBe(
      'Dokument: dokument ei ole eesti keeles. Kontrollitakse ainult eestikeelseid ametijuhendeid; teiste keelte versioone see kontroll ei hinda.',
    );
    expect(result.isJobDescription).toBe(false);
  });
});
