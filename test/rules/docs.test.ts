import * as fs from 'fs';
import * as path from 'path';
import { ruleExplanation } from '../../src/core/rule-docs';
import { allRules } from '../../src/core/rules';

const page = (id: string) => fs.readFileSync(path.join(__dirname, '../../docs/rules', `${id}.md`), 'utf8');

describe('the rules\' short explanations (the pane\'s "Miks?" / "Why?")', () => {
  it('every rule page explains why in Estonian and in English', () => {
    for (const rule of allRules) {
      expect({ rule: rule.id, et: !!ruleExplanation(page(rule.id), 'et'), en: !!ruleExplanation(page(rule.id), 'en') }).toEqual({ rule: rule.id, et: true, en: true });
    }
  });

  it('is the section as plain text: links to their words, lines joined', () => {
    expect(ruleExplanation(page('language-level-above-max'), 'et')).toBe(
      'Riigikeele eksameid saab sooritada kuni tasemeni C1 ja tööandja ei tohi nõuda eesti keele oskust kõrgemal tasemel kui C1. Taset C2 ei saa tõendada.',
    );
    expect(ruleExplanation('# x\n\n## Why\nSee [the other rule](other.md) and `code`.\n\n## Fires\n- y', 'en')).toBe('See the other rule and code.');
    expect(ruleExplanation('# x', 'et')).toBeUndefined();
  });
});
