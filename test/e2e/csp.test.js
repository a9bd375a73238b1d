// Issue 10, item 9: the pages carry a Content-Security-Policy (scripts from the add-in's server and
// Microsoft's Office CDN only, connections to the server and the catalogue's origin), and the
// pane works under it.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const browser = h.browserForFile();

/** A page that records every policy violation in window.__violations, before any of its scripts run. */
async function watchedPage() {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return page;
}

const violations = (page) => page.evaluate(() => window.__violations);

test('taskpane.html: office.js from the CDN and the page\'s own inline check run; an injected script and a foreign fetch do not', async () => {
  const page = await watchedPage();
  // No internet here: the CDN answers from the test, under the page's real policy.
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.__officeLoaded = true;' }));
  const base = await h.baseUrl();
  await page.goto(`${base}/taskpane.html`);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(policy, /connect-src 'self'(;|$)/);
  assert.equal(await page.evaluate(() => window.__officeLoaded), true);
  assert.match(await page.evaluate(() => document.documentElement.className), /jd-ok/); // the inline check ran
  assert.deepEqual(await violations(page), []);

  await page.addScriptTag({ content: 'window.__injected = true;' }).catch(() => undefined);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  // The catalogue is readable from any origin (CORS), so only the policy stops this fetch.
  const foreign = base.replace('127.0.0.1', 'localhost');
  const answer = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), `${foreign}/catalogue/default.json`);
  assert.equal(answer, 'blocked');
  const seen = await violations(page);
  assert.ok(seen.some((v) => v.startsWith('script-src-elem inline')), seen.join(', '));
  assert.ok(seen.some((v) => v.startsWith(`connect-src ${foreign}`)), seen.join(', '));
  await page.close();
});

test('the demo page works under its policy: a whole check without a violation', async () => {
  const page = await watchedPage();
  page.jdErrors = [];
  page.on('console', (m) => m.type() === 'error' && page.jdErrors.push(m.text()));
  await page.goto(`${await h.baseUrl()}/demo.html?doc=seed`);
  await page.getByRole('tab').first().waitFor();
  await h.runCheck(page);
  assert.ok((await h.shownFindings(page)).length >= 0);
  await h.pane(page).getByRole('tab', { name: 'Kompetentsid' }).click();
  await h.pane(page).getByRole('searchbox', { name: 'Otsi kompetentsi' }).waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.jdErrors.filter((e) => /Content Security Policy|Refused to/.test(e)), []);
  await page.close();
});
