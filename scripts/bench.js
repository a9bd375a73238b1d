// `npm run bench`: every benchmark under scripts/bench/, each printing its own figures.
// They run against the compiled core (lib/) and the production build (dist/), built here if missing.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
execSync('npm run --silent build:cli', { cwd: root, stdio: 'inherit' });

async function main() {
  const dir = path.join(__dirname, 'bench');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    console.log(`\n== ${file}`);
    await require(path.join(dir, file)).run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
