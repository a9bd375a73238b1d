// Static server for dist/: HTTPS for Word (the manifest points at https://localhost:3000/) and
// plain HTTP for the demo page, so a browser shows it without certificate warnings.
// Used by `npm start`, the end-to-end tests and the browser benchmark.
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The real path of `p` (links resolved), or `p` itself when it cannot be resolved. */
function realPath(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Request handler serving files under `root` (GET and HEAD only). A link inside the root is
 * followed only when its real path stays inside the root's real path.
 */
function staticHandler(root) {
  const base = path.resolve(root);
  const realBase = realPath(base);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      pathname = null;
    }
    if (pathname === null || pathname.includes('\0')) return fail(res, 400, 'Bad request');
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    // No way out of root: "..", encoded "%2e%2e", backslashes all end up outside `base`.
    if (!file.startsWith(base + path.sep)) return fail(res, 403, 'Forbidden');

    fs.realpath(file, (linkErr, real) => {
      // Outside the root (e.g. link -> /etc/passwd) looks like a file that is not there.
      if (linkErr || !real.startsWith(realBase + path.sep)) return fail(res, 404, 'Not found');
      send(req, res, real, pathname);
    });
  };
}

/** Sends `file` (a real path) for the request of `pathname`, whose name gives the content type. */
function send(req, res, file, pathname) {
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return fail(res, 404, 'Not found');
    const headers = {
      'Content-Type': CONTENT_TYPES[path.extname(pathname).toLowerCase()] || 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    // Other hosts (another agency's add-in, a script) may read the published catalogue.
    if (pathname.startsWith('/catalogue/')) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
}

function fail(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text + '\n');
}

/**
 * The localhost certificate for HTTPS. Uses the one `npx office-addin-dev-certs install` made
 * (trusted by Word) when present; otherwise a self-signed one in `certDir`, made once and reused.
 */
async function localhostCertificate(certDir, { officeDevCerts = true } = {}) {
  const devCerts = !officeDevCerts ? [] : [
    path.join(os.homedir(), '.office-addin-dev-certs'),
    path.join(os.homedir(), 'Library', 'Application Support', 'OfficeAddinDeveloperCertificates'), // its macOS place
  ];
  for (const dir of [...devCerts, certDir]) {
    const keyFile = path.join(dir, 'localhost.key');
    const certFile = path.join(dir, 'localhost.crt');
    if (fs.existsSync(keyFile) && fs.existsSync(certFile)) {
      const cert = fs.readFileSync(certFile);
      const validTo = new Date(new crypto.X509Certificate(cert).validTo);
      if (validTo.getTime() > Date.now() + 24 * 3600 * 1000) return { key: fs.readFileSync(keyFile), cert, certFile };
    }
  }
  const selfsigned = require('selfsigned');
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  fs.mkdirSync(certDir, { recursive: true });
  const certFile = path.join(certDir, 'localhost.crt');
  fs.writeFileSync(path.join(certDir, 'localhost.key'), pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Serves `root` over HTTP on `httpPort` and, unless `httpsPort` is null, over HTTPS on `httpsPort`
 * (0 = any free port). Resolves with the ports actually used and a close() function.
 * `officeDevCerts: false` ignores office-addin-dev-certs' certificate (for tests).
 */
async function serve({ root, httpPort = 0, httpsPort = null, host = '127.0.0.1', certDir = path.join(__dirname, '..', '.cert'), officeDevCerts = true }) {
  const handler = staticHandler(root);
  const servers = [];
  const result = { host, httpPort: undefined, httpsPort: undefined, certFile: undefined };
  const httpServer = http.createServer(handler);
  servers.push(httpServer);
  result.httpPort = await listen(httpServer, httpPort, host);
  if (httpsPort !== null) {
    const { key, cert, certFile } = await localhostCertificate(certDir, { officeDevCerts });
    const httpsServer = https.createServer({ key, cert }, handler);
    servers.push(httpsServer);
    result.httpsPort = await listen(httpsServer, httpsPort, host);
    result.certFile = certFile;
  }
  result.close = () => Promise.all(servers.map((s) => new Promise((resolve) => {
    s.closeAllConnections?.();
    s.close(() => resolve());
  })));
  return result;
}

module.exports = { serve, staticHandler, localhostCertificate, CONTENT_TYPES };
