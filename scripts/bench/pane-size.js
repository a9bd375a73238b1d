// How much JavaScript the Word task pane downloads before its first paint (gzipped, level 9),
// and how much more its lazily loaded tabs add. Builds dist/ first when it is missing.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execSync } = require('child_process');

const TARGET_KB = 100;
const root = path.resolve(__dirname, '../..');
const dist = process.env.PANE_DIST || path.join(root, 'dist'); // PANE_DIST: measure another build

function gzipKb(bytes) {
  return zlib.gzipSync(bytes, { level: 9 }).length / 1024;
}

/** The src of every <script src> in the page, in order (the minified page may leave out quotes). */
function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function run() {
  const page = path.join(dist, 'taskpane.html');
  if (!fs.existsSync(page)) {
    console.log('pane: dist/ is missing, building (npx webpack --mode production)…');
    execSync('npx webpack --mode production', { cwd: root, stdio: 'inherit' });
  }
  const sources = scriptSources(fs.readFileSync(page, 'utf8'));
  const external = sources.filter((src) => /^(https?:)?\/\//i.test(src));
  const local = sources.filter((src) => !external.includes(src)).map((src) => src.replace(/^\.?\//, '').split(/[?#]/)[0]);

  const initialKb = local.reduce((sum, file) => sum + gzipKb(fs.readFileSync(path.join(dist, file))), 0);
  // What the pane may load later (tabs, engine, catalogue), from the list the build writes.
  const chunkList = path.join(dist, 'chunks.json');
  const lazy = fs.existsSync(chunkList)
    ? JSON.parse(fs.readFileSync(chunkList, 'utf8')).taskpane.lazy
    : fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !local.includes(f));
  const lazyKb = lazy.reduce((sum, file) => sum + gzipKb(fs.readFileSync(path.join(dist, file))), 0);

  const result = {
    initialKb: Number(initialKb.toFixed(1)),
    initialFiles: local,
    lazyKb: Number(lazyKb.toFixed(1)),
    lazyFiles: lazy.length,
    external,
    targetKb: TARGET_KB,
    withinTarget: initialKb <= TARGET_KB,
  };
  console.log(`pane: first-load JavaScript ${result.initialKb.toFixed(1)} KB gzipped (target <= ${TARGET_KB} KB)`);
  console.log(`pane: lazy chunks ${result.lazyKb.toFixed(1)} KB gzipped in ${lazy.length} files (loaded when a tab needs them)`);
  for (const src of external) console.log(`pane: external, not bundled: ${src}`);
  return result;
}

module.exports = { run };

if (require.main === module) {
  const result = run();
  if (!result.withinTarget) process.exitCode = 1;
}
