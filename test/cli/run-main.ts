import { main } from '../../src/cli/jd-check';

/** jd-check in this process: `run(...argv)` resolves to the exit code; `out` and `err` hold what it printed. */
export function inProcess() {
  const printed = { out: '', err: '' };
  const io = { stdout: (s: string) => void (printed.out += s), stderr: (s: string) => void (printed.err += s), color: false };
  return {
    printed,
    run(...argv: string[]) {
      printed.out = '';
      printed.err = '';
      return main(argv, io);
    },
  };
}
