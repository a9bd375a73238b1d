#!/usr/bin/env node
/**
 * Hostile inputs against the compiled command lines (lib/), each in its own process: wall time,
 * peak memory, exit code, and whether the good file given beside the hostile one was reported.
 * Goal: any single input of at most 5 MB ends within 5 s and 600 MB.
 * JD_LIB=<dir> measures another build (e.g. an older commit's lib/src); HOSTILE_CUTOFF_S kills
 * a run that does not end (default 60).
 */
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const inputs = require('./hostile/inputs');
const { measure, describe } = require('./hostile/measure');

const ROOT = path.join(__dirname, '..', '..');
const LIB = process.env.JD_LIB || path.join(ROOT, 'lib', 'src');
const CHECK = path.join(LIB, 'cli', 'jd-check.js');
const CATALOGUE = path.join(LIB, 'cli', 'jd-catalogue.js');
const CUTOFF_MS = Number(process.env.HOSTILE_CUTOFF_S || 60) * 1000;
const GOAL = { s: 5, mb: 600, inputMb: 5 };

const DOCX_CASES = [
  ['lvlText %1×200000, 400 list items', () => inputs.lvlTextBomb(400)],
  ['lvlText %1×200000, 2000 list items', () => inputs.lvlTextBomb(2000)],
  ['10,000,000 empty paragraphs', () => inputs.emptyParagraphs(10_000_000)],
  ['100,000 list items, nine levels of letters', () => inputs.longNumbers(100_000)],
  ['100,000 paragraphs of words', () => inputs.manyParagraphs(100_000)],
  ['one paragraph of 4,000,000 characters', () => inputs.longParagraph(4_000_000)],
  ['1,500,000 ignored elements (57 MB of XML)', () => inputs.ignoredElements(1_500_000)],
  ['395,000 ignored elements named "š€" (15.8 MB of XML, two bytes a character)', () => inputs.ignoredElements(395_000, 'š€')],
  ['100,000 paragraphs in a 2000-style basedOn chain', () => inputs.styleChain(100_000)],
  ['25,000 paragraphs of 40 placeholders (a million findings)', () => inputs.placeholders(25_000, 40)],
];

function goodReported(stdout) {
  try {
    return JSON.parse(stdout).some((r) => r.file.endsWith('good.docx') && !r.error);
  } catch {
    return false;
  }
}

async function docxCases(dir, lines) {
  fs.writeFileSync(path.join(dir, 'good.docx'), inputs.good());
  for (const [name, build] of DOCX_CASES) {
    const bytes = build();
    const file = path.join(dir, 'hostile.docx');
    fs.writeFileSync(file, bytes);
    const r = await measure(process.execPath, [CHECK, '--format', 'json', 'hostile.docx', 'good.docx'], { cwd: dir, cutoffMs: CUTOFF_MS });
    const within = !r.killed && r.ms <= GOAL.s * 1000 && r.peakMb <= GOAL.mb && bytes.length <= GOAL.inputMb * 1024 * 1024;
    const reason = r.stderr.split('\n').find((l) => l.includes('hostile.docx')) ?? '';
    lines.push(`${name} (${(bytes.length / 1024).toFixed(0)} kB): ${describe(r)}; good file reported: ${goodReported(r.stdout) ? 'yes' : 'NO'}${within ? '' : ' — OUTSIDE THE GOAL'}`);
    if (reason) lines.push(`    ${reason.slice(0, 160)}`);
  }
}

async function folderCases(dir, lines) {
  const tree = path.join(dir, 'tree');
  fs.mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(tree, 'a', 'b', 'good.docx'), inputs.good());
  fs.symlinkSync('..', path.join(tree, 'a', 'up'));
  let r = await measure(process.execPath, [CHECK, '--format', 'json', tree], { cutoffMs: CUTOFF_MS });
  const count = () => (r.stdout.match(/good\.docx/g) ?? []).length;
  lines.push(`folder with a loop a/up -> ..: ${describe(r)}; good.docx reported ${count()} time(s)`);
  fs.symlinkSync('..', path.join(tree, 'a', 'b', 'up'));
  r = await measure(process.execPath, [CHECK, '--format', 'json', tree], { cutoffMs: CUTOFF_MS });
  lines.push(`folder with two loops: ${describe(r)}; good.docx reported ${count()} time(s)`);
}

/** A server that sends the headers of a catalogue and then nothing. */
async function stalledCatalogue(dir, lines) {
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
    res.write('{"format": 1, ');
  });
  server.on('connection', (s) => sockets.add(s));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/kataloog.json`;
  const r = await measure(process.execPath, [CHECK, '--catalogue', url, 'good.docx'], { cwd: dir, cutoffMs: CUTOFF_MS });
  lines.push(`--catalogue from a server that stalls after the headers: ${describe(r)}; ${r.stderr.trim().split('\n')[0] || '(no message)'}`);
  for (const s of sockets) s.destroy();
  server.close();
}

async function csvCases(dir, lines) {
  const header = 'id,group,status,replaced_by,changed_in,name_et,name_en,description_et,description_en,indicators_et,indicators_en,keywords,levels';
  const row = 'kliendikesksus,standard,active,,2026.1,Kliendikesksus,Client focus,Lähtub kliendist.,Focuses on the client.,Lähtub töös kliendi vajadustest.,Acts on the client\'s needs.,klient,';
  const latin = Buffer.from(`${header}\r\n${row}\r\n`.replace(/[äöüõšž]/g, (c) => String.fromCharCode({ ä: 0xe4, ö: 0xf6, ü: 0xfc, õ: 0xf5, š: 0xf0, ž: 0xfe }[c])), 'latin1');
  const cases = [
    ['Windows-1257 CSV', 'cp1257.csv', latin],
    ['semicolon CSV', 'semicolon.csv', Buffer.from(`${header}\r\n${row}\r\n`.replace(/,/g, ';'))],
    ['60 MB CSV', 'big.csv', Buffer.concat([Buffer.from(`${header}\r\n`), Buffer.alloc(60 * 1024 * 1024, 'x')])],
  ];
  for (const [name, file, bytes] of cases) {
    fs.writeFileSync(path.join(dir, file), bytes);
    const r = await measure(process.execPath, [CATALOGUE, 'import', file], { cwd: dir, cutoffMs: CUTOFF_MS });
    const mojibake = /\uFFFD/.test(r.stdout);
    lines.push(`jd-catalogue import, ${name}: ${describe(r)}${mojibake ? ', output has U+FFFD (mojibake)' : ''}; ${r.stderr.trim().split('\n')[0].slice(0, 140) || '(no message)'}`);
  }
}

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-hostile-'));
  const lines = [];
  try {
    await docxCases(dir, lines);
    await folderCases(dir, lines);
    await stalledCatalogue(dir, lines);
    await csvCases(dir, lines);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const line of lines) console.log(`hostile: ${line}`);
  return lines;
}

module.exports = { run };

if (require.main === module) run();
