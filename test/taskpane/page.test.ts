/** @jest-environment jsdom */
import fs from 'fs';
import path from 'path';

// taskpane.html: the message for old Word webviews is in the static page, and its inline check
// decides whether the app may start.
const html = fs.readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const inlineCheck = inlineScripts[0];

function runCheck(userAgent: string, documentMode?: number) {
  document.documentElement.className = '';
  delete (window as { jdUnsupported?: boolean }).jdUnsupported;
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  Object.defineProperty(document, 'documentMode', { value: documentMode, configurable: true });
  jest.useFakeTimers();
  try {
    new Function(inlineCheck)();
  } finally {
    jest.clearAllTimers();
    jest.useRealTimers();
  }
  return { ok: document.documentElement.classList.contains('jd-ok'), unsupported: !!(window as { jdUnsupported?: boolean }).jdUnsupported };
}

test('the bilingual message is in the static page, before any script runs', () => {
  const body = html.slice(html.indexOf('<body>'));
  expect(body).toContain('See lisandmoodul vajab Word for Microsoft 365 või Word 2021 või uuemat versiooni.');
  expect(body).toContain('This add-in needs Word for Microsoft 365 or Word 2021 or later.');
  expect(html).toContain('<div id="root"></div>');
  expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
});

test('Internet Explorer 11 and EdgeHTML keep the message and are marked unsupported', () => {
  expect(runCheck('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', 11)).toEqual({ ok: false, unsupported: true });
  expect(
    runCheck('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041'),
  ).toEqual({ ok: false, unsupported: true });
});

test('a modern webview (WebView2) starts the app', () => {
  // jsdom has no fetch; a real webview does.
  (window as { fetch?: unknown }).fetch = () => Promise.reject(new Error('offline'));
  try {
    expect(
      runCheck('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0'),
    ).toEqual({ ok: true, unsupported: false });
  } finally {
    delete (window as { fetch?: unknown }).fetch;
  }
});

test('a webview without fetch is treated as old', () => {
  const fetch = (window as { fetch?: unknown }).fetch;
  (window as { fetch?: unknown }).fetch = undefined;
  try {
    expect(runCheck('Mozilla/5.0 Chrome/120.0.0.0').unsupported).toBe(true);
  } finally {
    (window as { fetch?: unknown }).fetch = fetch;
  }
});

describe('an old webview still shows its message: Office.onReady is called without the app', () => {
  // Office's documentation: some hosts do not show the pane until Office.onReady or Office.initialize is called.
  const afterOfficeJs = () => {
    const at = html.indexOf('office.js"></script>');
    const script = inlineScripts.find((s) => html.indexOf(s) > at);
    if (!script) throw new Error('no inline script after office.js');
    return script;
  };
  const g = globalThis as { Office?: unknown };
  afterEach(() => delete g.Office);

  test('in Internet Explorer 11 / EdgeHTML, once office.js is there', () => {
    runCheck('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', 11);
    const onReady = jest.fn();
    g.Office = { onReady };
    new Function(afterOfficeJs())();
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  test('an office.js without onReady gets Office.initialize; a modern webview leaves it to the app', () => {
    runCheck('Mozilla/5.0 Chrome/70.0 Edge/18.19041');
    const office: { initialize?: unknown } = {};
    g.Office = office;
    new Function(afterOfficeJs())();
    expect(typeof office.initialize).toBe('function');

    (window as { fetch?: unknown }).fetch = () => Promise.reject(new Error('offline'));
    try {
      runCheck('Mozilla/5.0 Chrome/120.0.0.0 Edg/120.0.0.0');
    } finally {
      delete (window as { fetch?: unknown }).fetch;
    }
    const onReady = jest.fn();
    g.Office = { onReady };
    new Function(afterOfficeJs())();
    expect(onReady).not.toHaveBeenCalled();
  });
});
