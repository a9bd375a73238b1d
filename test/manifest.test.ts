/**
 * manifest.xml, offline: well-formed, valid against Microsoft's published XSDs (via xmllint),
 * every resource id defined, every URL on the one base the build rewrites, every icon present at
 * its size, every page built by webpack.config.js.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { MINIMUM_WORD_API } from '../src/word/requirements';
import { withTool } from './tools';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMAS = path.resolve(ROOT, '../shared/schemas/office-addin-manifest');
const SCHEMA = path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd');
const BASE = 'https://localhost:3000/';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => (stack[stack.length - 1].text += t));
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

const all = (el: El): El[] => [el, ...el.children.flatMap(all)];
const child = (el: El, name: string): El | undefined => el.children.find((c) => c.name === name);

const xml = fs.readFileSync(MANIFEST, 'utf8');
const manifest = parse(xml);
const elements = all(manifest);

/** Every URL written in the manifest, with the element that holds it. */
const urls = elements
  .filter((e) => ['IconUrl', 'HighResolutionIconUrl', 'SourceLocation', 'SupportUrl', 'bt:Image', 'bt:Url'].includes(e.name) && e.attrs.DefaultValue)
  .map((e) => ({ el: e, url: e.attrs.DefaultValue }));

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('manifest.xml', () => {
  it('is a task pane add-in for Word documents with the agreed settings', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(manifest, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child(manifest, 'Id')?.text).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // not the template's
    expect(child(manifest, 'DefaultLocale')?.text).toBe('et-EE');
    expect(child(manifest, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(child(child(manifest, 'Hosts')!, 'Host')?.attrs.Name).toBe('Document');
    const set = elements.find((e) => e.name === 'Set');
    expect(set?.attrs).toEqual({ Name: 'WordApi', MinVersion: MINIMUM_WORD_API });
    expect(child(child(manifest, 'DefaultSettings')!, 'SourceLocation')?.attrs.DefaultValue).toBe(`${BASE}taskpane.html`);
    const button = elements.find((e) => e.name === 'Control');
    expect(child(button!, 'Action')?.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(elements.find((e) => e.name === 'OfficeTab')?.attrs.id).toBe('TabHome');
  });

  it('has Estonian defaults with English (en-US) overrides for its name, description and every string', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = child(manifest, name)!;
      expect(el.attrs.DefaultValue).toBeTruthy();
      expect(child(el, 'Override')?.attrs).toMatchObject({ Locale: 'en-US' });
    }
    const strings = elements.filter((e) => e.name === 'bt:String');
    expect(strings.length).toBeGreaterThan(0);
    for (const s of strings) expect(child(s, 'bt:Override')?.attrs.Locale).toBe('en-US');
  });

  it('defines every resource id it references, and references every one it defines', () => {
    const referenced = new Set(elements.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
    const resources = elements.find((e) => e.name === 'Resources')!;
    const defined = all(resources).filter((e) => e.attrs.id).map((e) => e.attrs.id);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...referenced].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('puts every URL on the one base the build replaces (the same string as webpack.config.js)', () => {
    expect(urls.length).toBeGreaterThan(5);
    for (const { url } of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(xml.match(/https?:\/\/[^"\s<]+/g)?.filter((u) => !u.startsWith(BASE) && !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'))).toEqual([]);
    const webpackConfig = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(webpackConfig).toContain(`'${BASE}'`);
  });

  it('names icons that exist in assets/ at the declared pixel size', () => {
    const icons = urls.filter(({ url }) => url.endsWith('.png'));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const { el, url } of icons) {
      const file = path.join(ROOT, url.slice(BASE.length));
      expect(fs.existsSync(file)).toBe(true);
      const expected = el.name === 'IconUrl' ? 32 : el.name === 'HighResolutionIconUrl' ? 64 : Number(el.attrs.id.split('.').pop());
      const size = pngSize(file);
      expect(size).toEqual({ width: expected, height: expected });
    }
    for (const img of elements.filter((e) => e.name === 'bt:Image' && e.attrs.size)) {
      const resource = elements.find((e) => e.name === 'bt:Image' && e.attrs.id === img.attrs.resid)!;
      const size = pngSize(path.join(ROOT, resource.attrs.DefaultValue.slice(BASE.length)));
      expect(size.width).toBe(Number(img.attrs.size));
    }
  });

  it('names only pages that the build produces', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    const built = config.plugins
      .filter((p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin')
      .map((p: { userOptions: { filename: string } }) => p.userOptions.filename);
    const pages = urls.filter(({ url }) => url.endsWith('.html')).map(({ url }) => url.slice(BASE.length));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(built).toContain(page);
  });

  it('has the dev URL rewritten by the build when ADDIN_BASE_URL is set', () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = 'https://ametijuhend.example.ee/addin';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
      const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
      const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
      const out = String(pattern.transform(Buffer.from(xml)));
      expect(out).not.toContain('localhost');
      expect(out).toContain('https://ametijuhend.example.ee/addin/taskpane.html');
      expect(parse(out).name).toBe('OfficeApp');
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  it('finds the Office add-in schemas where the tests expect them', () => {
    if (!fs.existsSync(SCHEMA)) {
      throw new Error(
        `The Office add-in manifest schemas are expected at ../shared/schemas/office-addin-manifest (${SCHEMAS}); ` +
          'see that folder\'s README.md. Without them manifest.xml cannot be validated offline.',
      );
    }
  });

  withTool('xmllint', hasXmllint)('validates against OfficeAppManifestV1_1.xsd with xmllint, which rejects a broken copy', () => {
    if (!fs.existsSync(SCHEMA)) throw new Error(`schemas missing at ${SCHEMAS}`);
    const result = xmllint(MANIFEST);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
    // The check is real: the same manifest with a malformed Id fails.
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(broken, xml.replace(/<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'));
    expect(xmllint(broken).ok).toBe(false);
  });
});
