// Issue 10, item 10, on the pane as built: nothing of @microsoft/office-js-helpers or what it
// bundles (core-js 2, rxjs 5) is in the files the pane loads first (dist/chunks.json, written by
// the build run.js makes).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { DIST } = require('../../scripts/start');

test('the pane\'s first load holds none of office-js-helpers, core-js or rxjs', () => {
  const { taskpane } = JSON.parse(fs.readFileSync(path.join(DIST, 'chunks.json'), 'utf8'));
  assert.ok(taskpane.initialPackages.includes('react'), 'the list names the packages of the first load');
  for (const name of ['@microsoft/office-js-helpers', 'core-js', 'rxjs']) assert.ok(!taskpane.initialPackages.includes(name), name);
  for (const file of taskpane.initial) assert.doesNotMatch(fs.readFileSync(path.join(DIST, file), 'utf8'), /__core-js_shared__/, file);
});
