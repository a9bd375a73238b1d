import * as fs from 'fs';
import * as path from 'path';
import { allRules, ruleById } from '../../src/core/rules/index';
import { checkDocument } from '../../src/core/engine';
import { defaultCatalogue } from '../../src/core/catalogue/load';
import { SEED_HOUSE_RULES } from './rule-context';
import { stripBullet } from '../../src/core/normalize';
import { seed } from './rule-context';

const docs = path.join(__dirname, '../../docs/rules');

describe('rules index', () => {
  it('has unique, well-formed ids and finds each by id', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ruleById(rule.id)).toBe(rule);
      expect(rule.description.et).not.toBe('');
      expect(rule.description.en).not.toBe('');
    }
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('includes the public rule ids', () => {
    const ids = allRules.map((r) => r.id);
    for (const id of [
      'title-missing', 'section-missing', 'section-order', 'section-duplicate', 'section-numbering', 'field-empty',
      'purpose-empty', 'duty-without-result', 'duty-numbering', 'language-level-invalid', 'language-level-above-max',
      'terminology-mismatch', 'placeholder-left', 'competency-core-missing', 'competency-duplicate',
      'signature-block-missing', 'tracked-changes', 'comments-open', 'known-typo', 'language-level-missing',
      'not-job-description', 'competency-outdated', 'competency-retired', 'competency-unknown', 'language-not-estonian',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('documents every rule: a row in docs/rules/README.md with its severity, and a page', () => {
    const readme = fs.readFileSync(path.join(docs, 'README.md'), 'utf8');
    for (const rule of allRules) {
      expect(readme).toContain(`| [${rule.id}](${rule.id}.md) | ${rule.severity} | ${rule.layer} | ${rule.houseRule ? `\`${rule.houseRule}\`` : ''}`);
      const page = fs.readFileSync(path.join(docs, `${rule.id}.md`), 'utf8');
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(page).toContain(`**Severity:** ${rule.severity}`);
    }
  });

  it('applies in its tests the fix of every rule that offers one (applyFix, or fixOutput for a fix shown not to hold)', () => {
    for (const rule of allRules) {
      const source = fs.readFileSync(path.join(__dirname, `../../src/core/rules/${rule.id}.ts`), 'utf8');
      if (!/\bfix:/.test(source)) continue;
      const tests = fs.readFileSync(path.join(__dirname, `${rule.id}.test.ts`), 'utf8');
      expect({ rule: rule.id, applied: /\b(applyFix|fixOutput)\(/.test(tests) }).toEqual({ rule: rule.id, applied: true });
    }
  });

  it('gives only the genuine findings on the seeds with the shipped default, and their findings of old under the seed agency’s house rules', () => {
    const summary = (id: 'ametnik' | 'tootaja', houseRules = {}) =>
      checkDocument(seed(id), { catalogue: defaultCatalogue(), houseRules }).findings.map(
        (f) => `${f.rule} ${f.location.block} ${stripBullet(f.location.text).slice(0, 20)}`,
      );
    expect(summary('ametnik')).toEqual([]);
    expect(summary('tootaja')).toEqual(['known-typo 18 omavalistuse']);
    expect(summary('ametnik', SEED_HOUSE_RULES)).toEqual([
      'competency-duplicate 113 Efektiivsus: On süst',
      'competency-duplicate 114 Asjatundlikkus: Hoia',
    ]);
    expect(summary('tootaja', SEED_HOUSE_RULES)).toEqual(['known-typo 18 omavalistuse']);
  });

  it('runs a house rule only when the organisation switches it on', () => {
    const house = allRules.filter((r) => r.layer === 'house');
    expect(house.map((r) => r.id).sort()).toEqual([
      'competency-core-missing', 'competency-duplicate', 'competency-outdated', 'competency-retired', 'competency-unknown',
      'section-order', 'signature-block-missing',
    ]);
    for (const rule of house) expect(rule.houseRule).toBeDefined();
    for (const rule of allRules.filter((r) => r.layer !== 'house')) expect(rule.houseRule).toBeUndefined();
  });
});
