/**
 * The one module that uses @microsoft/office-js-helpers. Microsoft has archived that library and
 * it brings core-js, rxjs and lodash with it, so it is only ever loaded with a dynamic import()
 * (its own chunk, never part of the pane's first load) and only through these small functions;
 * replacing it means rewriting this file alone.
 */

export interface HostDescription {
  /** e.g. "WORD", or "WEB" outside Office. */
  host: string;
  /** e.g. "PC", "MAC", "OFFICE_ONLINE", "IOS"; empty when unknown. */
  platform: string;
}

type Helpers = typeof import('@microsoft/office-js-helpers');

function loadHelpers(): Promise<Helpers> {
  return import('@microsoft/office-js-helpers');
}

/** Which Office application and platform the add-in runs in (for the pane's "about" line and bug reports). */
export async function describeHost(load: () => Promise<Helpers> = loadHelpers): Promise<HostDescription> {
  try {
    const { Utilities } = await load();
    return { host: Utilities.host ?? 'WEB', platform: Utilities.platform ?? '' };
  } catch {
    return { host: 'WEB', platform: '' };
  }
}

/**
 * Logs an error with its Office.js debug details to the console (never to the user; the pane shows
 * its own Bilingual messages). Never throws.
 */
export async function reportError(error: unknown, load: () => Promise<Helpers> = loadHelpers): Promise<void> {
  const e = error instanceof Error ? error : new Error(String(error));
  try {
    const { Utilities } = await load();
    Utilities.log(e);
  } catch {
    console.error(e);
  }
}
