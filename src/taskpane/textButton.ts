import { tokens, type GriffelStyle } from '@fluentui/react-components';

/**
 * A button that reads as text in the pane (a finding, a change): the whole line is the target,
 * in the pane's font, highlighted on hover. Relative, because Fluent's focus outline is drawn by
 * an absolutely placed ::after.
 */
export const textButton: GriffelStyle = {
  position: 'relative',
  width: '100%',
  padding: tokens.spacingVerticalXS,
  borderRadius: tokens.borderRadiusMedium,
  background: 'none',
  color: tokens.colorNeutralForeground1,
  font: 'inherit',
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  textAlign: 'start',
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
};
