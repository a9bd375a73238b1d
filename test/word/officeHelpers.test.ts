import { describeHost, reportError } from '../../src/word/officeHelpers';

type Helpers = typeof import('@microsoft/office-js-helpers');

const fakeHelpers = (utilities: Partial<Helpers['Utilities']> & { log?: (e: Error) => void }) =>
  () => Promise.resolve({ Utilities: utilities } as unknown as Helpers);

describe('officeHelpers', () => {
  it('describes the host and platform through the helpers library', async () => {
    await expect(describeHost(fakeHelpers({ host: 'WORD', platform: 'OFFICE_ONLINE' }))).resolves.toEqual({ host: 'WORD', platform: 'OFFICE_ONLINE' });
  });

  it('falls back to a web host when the library cannot load (it needs a browser window)', async () => {
    await expect(describeHost()).resolves.toEqual({ host: 'WEB', platform: '' });
  });

  it('reports errors through Utilities.log, or the console when the library is missing, without throwing', async () => {
    const log = jest.fn();
    await reportError(new Error('katki'), fakeHelpers({ log }));
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ message: 'katki' }));
    const console = jest.spyOn(global.console, 'error').mockImplementation(() => undefined);
    await expect(reportError('string error', () => Promise.reject(new Error('no library')))).resolves.toBeUndefined();
    expect(console).toHaveBeenCalled();
    console.mockRestore();
  });
});
