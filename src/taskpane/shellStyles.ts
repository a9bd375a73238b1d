/*
 * The shell's own CSS (header, language switch, tab strip, panels), written against the CSS
 * variables FluentProvider defines, so it follows the theme. Plain CSS rather than makeStyles:
 * makeStyles needs Griffel's style compiler at run time, which would nearly double the first
 * load; the tabs, loaded later, use makeStyles as usual.
 */
export const SHELL_CSS = `
.jd-shell { min-height: 100vh; display: flex; flex-direction: column; }
.jd-header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; }
.jd-titles { display: flex; flex-direction: column; flex-grow: 1; min-width: 0; }
.jd-title { margin: 0; font-size: var(--fontSizeBase500); line-height: var(--lineHeightBase500); font-weight: var(--fontWeightSemibold); }
.jd-host { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200); color: var(--colorNeutralForeground3); }
.jd-langs { display: flex; flex-shrink: 0; border: var(--strokeWidthThin) solid var(--colorNeutralStroke1); border-radius: var(--borderRadiusMedium); }
.jd-lang { min-width: 36px; padding: 2px 8px; border: none; border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground1);
  color: var(--colorNeutralForeground1); font: inherit; font-size: var(--fontSizeBase200); font-weight: var(--fontWeightSemibold); cursor: pointer; }
.jd-lang:hover { background: var(--colorNeutralBackground1Hover); }
.jd-lang[aria-pressed="true"] { background: var(--colorBrandBackground); color: var(--colorNeutralForegroundOnBrand); }
.jd-tabs { display: flex; gap: 2px; padding: 0 4px; border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.jd-tab { position: relative; flex-shrink: 1; min-width: 0; padding: 10px 5px; border: none; border-radius: var(--borderRadiusMedium);
  background: none; color: var(--colorNeutralForeground2); font: inherit; font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: pointer; }
.jd-tab:hover { color: var(--colorNeutralForeground1); background: var(--colorSubtleBackgroundHover); }
.jd-tab[aria-selected="true"] { color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold); }
.jd-tab[aria-selected="true"]::after { content: ""; position: absolute; left: 5px; right: 5px; bottom: 0; height: var(--strokeWidthThicker);
  border-radius: var(--borderRadiusCircular); background: var(--colorCompoundBrandStroke); }
.jd-lang:focus-visible, .jd-tab:focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: -2px; }
.jd-panel { padding: 12px; flex-grow: 1; min-width: 0; overflow-wrap: break-word; }
.jd-loading { color: var(--colorNeutralForeground3); }
.jd-footer { padding: 4px 12px 12px; border-top: var(--strokeWidthThin) solid var(--colorNeutralStroke2); }
.jd-about-toggle { padding: 4px 0; border: none; background: none; color: var(--colorBrandForegroundLink); font: inherit;
  font-size: var(--fontSizeBase200); text-decoration: underline; cursor: pointer; }
.jd-about-toggle:focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); }
`;
