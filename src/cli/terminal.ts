/**
 * Text from documents, file names and data reaches a terminal: C0 and C1 control characters
 * (ESC, CSI and friends, but not tab) would act as commands there, so they never get through.
 */
const CONTROLS = '\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f';
const CONTROL = new RegExp(`[${CONTROLS}]`, 'g');
const BREAK = new RegExp(`[\\s${CONTROLS}]+`, 'g');

/** The text without control characters. */
export function printable(s: string): string {
  return s.replace(CONTROL, '');
}

/** An error or a message as one printable line: line breaks, tabs and controls become one space. */
export function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(BREAK, ' ').trim();
}
