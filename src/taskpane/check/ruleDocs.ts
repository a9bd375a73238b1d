import { ruleExplanation } from '../../core/rule-docs';
import type { Language } from '../../core/text';

/**
 * A rule's short explanation from its page (docs/rules/<id>.md, bundled as text in a chunk loaded
 * the first time a "Miks?" is opened). Undefined when the page has none.
 */
export async function loadRuleExplanation(rule: string, lang: Language): Promise<string | undefined> {
  if (!/^[a-z]+(-[a-z]+)*$/.test(rule)) return undefined;
  const page = await import(/* webpackChunkName: "rule-docs", webpackMode: "lazy-once", webpackExclude: /README\.md$/ */ `../../../docs/rules/${rule}.md`);
  return ruleExplanation((page as { default: string }).default, lang);
}
