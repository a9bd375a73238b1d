/**
 * Tests that need a program of the machine (xmllint, LibreOffice). Without it a developer's run
 * skips them and says so; under CI=true (`.ci/run` installs every one) its absence is a failure.
 */
type TestFn = (name: string, fn?: jest.ProvidesCallback, timeout?: number) => void;

export function withTool(tool: string, found: boolean): TestFn {
  if (found) return it;
  if (process.env.CI === 'true') {
    return (name) =>
      it(name, () => {
        throw new Error(`${tool} is not installed: under CI=true a missing tool fails the tests that need it`);
      });
  }
  return it.skip;
}
