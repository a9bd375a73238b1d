import { documentLanguage } from '../../src/core/doc-language';
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

  it('gives a Russian job description the same one finding; an Estonian one with Russian translations beside is checked', () => {
    const russian = snapshotFromLines([
      'ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ учителя',
      '1. Общие положения',
      '1.1. Учитель назначается на должность и освобождается от должности директором школы по представлению заместителя директора.',
      '1.2. Учитель подчиняется непосредственно заместителю директора по учебной работе и в своей работе руководствуется законами и уставом школы.',
      '2. Должностные обязанности',
      '2.1. Проводит уроки и другие занятия в соответствии с расписанием, с учётом возрастных особенностей учащихся и требований учебной программы.',
      '2.2. Ведёт в установленном порядке документацию по своему предмету, а также своевременно заполняет электронный журнал и другие документы.',
      '2.3. Участвует в работе педагогического совета и методического объединения, а также в проведении родительских собраний и других мероприятий.',
      '3. Права',
      '3.1. Участвовать в управлении школой, вносить предложения по улучшению работы и повышать свою квалификацию за счёт работодателя.',
    ]);
    expect(checkDocument(russian).findings.map((f) => f.rule)).toEqual(['language-not-estonian']);
    const bilingual = seed('tootaja');
    const withTranslations = { ...bilingual, blocks: bilingual.blocks.map((b) => (b.text.length > 40 ? { ...b, text: `${b.text} / Перевод на русский язык для работника и для работодателя.` } : b)) };
    expect(documentLanguage(withTranslations)).toBe('et');
    expect(checkDocument(withTranslations).isJobDescription).toBe(true);
    expect(checkDocument(withTranslations).findings.map((f) => f.rule)).not.toContain('language-not-estonian');
  });
});
