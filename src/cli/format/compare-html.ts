/** `jd-check --compare --format html`: the changes as one self-contained page, grouped by section, that prints as it shows. */
import { COMPARE_TEXTS, describeChange, groupChanges } from '../../core/compare-text';
import type { Change } from '../../core/compare';
import type { StructureProfile } from '../../core/profile-types';
import type { Language } from '../../core/text';
import { REPORT_CSS } from './html-style';
import { escapeXml as x } from './xml';

const KIND_CLASS = { added: 'sev-info', removed: 'sev-error', changed: 'sev-warning' };

export function compareHtml(
  changes: Change[],
  profile: StructureProfile,
  lang: Language,
  versions: { old: string; new: string },
  notes: string[],
): string {
  const t = (key: keyof typeof COMPARE_TEXTS) => x(COMPARE_TEXTS[key][lang]);
  const groups = groupChanges(changes, profile);
  const body = groups.length
    ? groups
        .map((g) => `<section><h2>${x(g.title)}</h2><ul>${g.changes.map((c) => `<li class="${KIND_CLASS[c.kind]}">${x(describeChange(c, lang))}</li>`).join('')}</ul></section>`)
        .join('\n')
    : `<p>${t('none')}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('heading')}</title>
<style>${REPORT_CSS} main li { margin: 4px 0; color: var(--fg); } main li::marker { color: currentColor; }</style>
</head>
<body>
<header class="top"><h1>${t('heading')}</h1>
<p class="meta">${t('previous')}: <b>${x(versions.old)}</b> · ${t('current')}: <b>${x(versions.new)}</b></p></header>
<main>
${notes.map((n) => `<p class="warn">${x(n)}</p>`).join('\n')}
${body}
</main>
</body>
</html>
`;
}
