// The static server of `npm start`: content types, no way out of the root, CORS on /catalogue/,
// HTTPS with a certificate made once and reused.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const https = require('https');
const net = require('net');
const { serve } = require('../../scripts/serve');

let dir;
let server;

function get(url, { method = 'GET' } = {}) {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http;
    const req = lib.request(url, { method, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends a raw request line, so "../" reaches the server unnormalised. */
function raw(port, target) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jd-serve-'));
  fs.mkdirSync(path.join(dir, 'root', 'catalogue'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'root', 'demo.html'), '<!doctype html><p>demo</p>');
  fs.writeFileSync(path.join(dir, 'root', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'root', 'manifest.xml'), '<OfficeApp/>');
  fs.writeFileSync(path.join(dir, 'root', 'catalogue', 'default.json'), '{"format":1}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  server = await serve({ root: path.join(dir, 'root'), httpPort: 0, httpsPort: 0, certDir: path.join(dir, 'cert'), officeDevCerts: false });
});

after(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('serves files with their content types over HTTP and HTTPS', async () => {
  const base = `http://127.0.0.1:${server.httpPort}`;
  const page = await get(`${base}/demo.html`);
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(page.body, /demo/);
  assert.equal((await get(`${base}/app.js`)).headers['content-type'], 'text/javascript; charset=utf-8');
  const manifest = await get(`https://127.0.0.1:${server.httpsPort}/manifest.xml`);
  assert.equal(manifest.status, 200);
  assert.equal(manifest.headers['content-type'], 'application/xml; charset=utf-8');
  assert.equal(manifest.body, '<OfficeApp/>');
  assert.equal((await get(`${base}/nothing.html`)).status, 404);
  assert.equal((await get(`${base}/demo.html`, { method: 'POST' })).status, 405);
});

test('the catalogue may be read from other origins; pages may not', async () => {
  const base = `http://127.0.0.1:${server.httpPort}`;
  const catalogue = await get(`${base}/catalogue/default.json`);
  assert.equal(catalogue.status, 200);
  assert.equal(catalogue.headers['access-control-allow-origin'], '*');
  assert.equal(catalogue.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal((await get(`${base}/demo.html`)).headers['access-control-allow-origin'], undefined);
});

test('no request reaches a file outside the root', async () => {
  for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt', '/catalogue/..%2f..%2fsecret.txt']) {
    const response = await raw(server.httpPort, target);
    assert.match(response, /^HTTP\/1\.1 (400|403|404)/, target);
    assert.doesNotMatch(response, /secret\r?\n?$/, target);
  }
});

// Issue 10, item 9: a link inside the root is followed only when it stays inside the root.
test('links are followed only within the root: a link to /etc/passwd or out of the root is not served', async () => {
  const root = path.join(dir, 'root');
  fs.symlinkSync('/etc/passwd', path.join(root, 'passwd.txt'));
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'secret.txt'));
  fs.symlinkSync(dir, path.join(root, 'up'));
  fs.symlinkSync(path.join(root, 'app.js'), path.join(root, 'same.js'));
  const base = `http://127.0.0.1:${server.httpPort}`;
  for (const target of ['/passwd.txt', '/secret.txt', '/up/secret.txt']) {
    const r = await get(`${base}${target}`);
    assert.equal(r.status, 404, target);
    assert.doesNotMatch(r.body, /root:|secret/, target);
  }
  const inside = await get(`${base}/same.js`);
  assert.equal(inside.status, 200);
  assert.equal(inside.body, 'console.log(1)');
});

test('the HTTPS certificate is for localhost, written once and reused', async () => {
  const certFile = path.join(dir, 'cert', 'localhost.crt');
  assert.equal(server.certFile, certFile);
  const cert = new (require('crypto').X509Certificate)(fs.readFileSync(certFile));
  assert.match(cert.subjectAltName, /DNS:localhost/);
  assert.match(cert.subjectAltName, /IP Address:127\.0\.0\.1/);
  const before = fs.readFileSync(certFile, 'utf8');
  const again = await serve({ root: path.join(dir, 'root'), httpPort: 0, httpsPort: 0, certDir: path.join(dir, 'cert'), officeDevCerts: false });
  await again.close();
  assert.equal(fs.readFileSync(certFile, 'utf8'), before);
});
