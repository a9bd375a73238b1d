// WordHost's "Teave / About" answers and error log, which go through src/word/officeHelpers.ts.
import { WordHost } from '../../src/word/WordHost';
import { describeHost, reportError } from '../../src/word/officeHelpers';
import { FakeWord, installFake, node, uninstallFake } from './fakeWord';

jest.mock('../../src/word/officeHelpers', () => ({
  describeHost: jest.fn(async () => ({ host: 'WORD', platform: 'MAC' })),
  reportError: jest.fn(async () => undefined),
}));

afterEach(() => {
  uninstallFake();
  jest.clearAllMocks();
});

describe('WordHost.describe and logError', () => {
  test('the host, platform and build Office reports, and the WordApi sets', async () => {
    installFake(new FakeWord([node('')]), { WordApi: '1.4' });
    const d = await new WordHost().describe();
    expect(d).toMatchObject({ host: 'Word', platform: 'OfficeOnline', version: '16.0.18000.10000' });
    expect(d.apiSets.find((s) => s.name === 'WordApi 1.4')).toEqual({ name: 'WordApi 1.4', supported: true });
    expect(d.apiSets.find((s) => s.name === 'WordApi 1.5')).toEqual({ name: 'WordApi 1.5', supported: false });
    expect(describeHost).not.toHaveBeenCalled();
  });

  test('where Office reports no diagnostics, the host and platform from office-js-helpers', async () => {
    installFake(new FakeWord([node('')]));
    delete (globalThis as { Office: { context: { diagnostics?: unknown } } }).Office.context.diagnostics;
    expect(await new WordHost().describe()).toMatchObject({ host: 'WORD', platform: 'MAC', version: undefined });
    expect(describeHost).toHaveBeenCalledTimes(1);
  });

  test('logs an error through office-js-helpers', () => {
    const error = new Error('GeneralException');
    new WordHost().logError(error);
    expect(reportError).toHaveBeenCalledWith(error);
  });
});
