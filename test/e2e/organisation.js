// An organisation's catalogue for the end-to-end tests, served from its own address as a real
// deployment serves it (Kompetentsid → Kataloogi aadress), and a mouse that counts what it does.
const catalogue = require('../../data/catalogue/default.json');
const ska = require('../../data/organisations/sotsiaalkindlustusamet.json');
const h = require('./helpers');

const CATALOGUE_PATH = '/org/kataloog.json';

/** The shipped catalogue with an organisation whose house rules are `houseRules` (by default the Social Insurance Board's core competencies only). */
function orgCatalogue(houseRules = { coreCompetencies: ska.houseRules.coreCompetencies }) {
  return {
    ...catalogue,
    organisation: { id: 'naide', version: '1.0.0', name: { et: 'Näidisasutus', en: 'Example agency' }, houseRules },
  };
}

/** Makes the pages of `context` load `body` as the organisation's catalogue (its address set as the user sets it). */
async function useCatalogue(context, body) {
  const base = await h.baseUrl();
  const url = `${base}${CATALOGUE_PATH}`;
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', headers: { ETag: '"org-1"' }, body: JSON.stringify(body) }),
  );
  await context.addInitScript((address) => {
    try {
      window.localStorage.setItem('jd.catalogue.url', address);
    } catch {
      // no storage: the shipped catalogue is used, and the test that needs the organisation fails
    }
  }, url);
}

/**
 * A pointer that counts: a click or a double click is one action, and so is the scroll needed
 * first when the target is not wholly in sight (in the pane, the document view or the window).
 */
class Mouse {
  constructor(page) {
    this.page = page;
    this.count = 0;
    this.log = [];
  }

  async scrollIfNeeded(locator, what) {
    await locator.waitFor();
    const visible = await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const inside = (box) => r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.left >= box.left - 1 && r.right <= box.right + 1;
      if (!inside({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll)/.test(style.overflowY + style.overflowX) && !inside(p.getBoundingClientRect())) return false;
      }
      return true;
    });
    if (!visible) {
      this.count++;
      this.log.push(`scroll to ${what}`);
    }
  }

  async click(locator) {
    const what = (await locator.getAttribute('aria-label')) || (await locator.innerText()).replace(/\s+/g, ' ').trim().slice(0, 40);
    await this.scrollIfNeeded(locator, what);
    await locator.click();
    this.count++;
    this.log.push(`click ${what}`);
  }

  async dblclick(locator) {
    const what = `block ${await locator.getAttribute('data-block')}`;
    await this.scrollIfNeeded(locator, what);
    await locator.dblclick();
    this.count++;
    this.log.push(`double click ${what}`);
  }
}

module.exports = { orgCatalogue, useCatalogue, Mouse };
