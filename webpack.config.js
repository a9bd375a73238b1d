// Builds the Word task pane (dist/taskpane.html) and, when present, the browser demo (dist/demo.html).
// office.js is never bundled: taskpane.html loads it from Microsoft's CDN.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Microsoft's CDN, from which taskpane.html loads office.js (Microsoft requires it). */
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * The pages' Content-Security-Policy: scripts only from the add-in's own server, the Office CDN and
 * the pages' own inline scripts (by hash); connections only to the own server and the catalogue's
 * origin (CATALOGUE_URL). Styles may be inline: Fluent UI writes its styles at run time.
 */
function contentSecurityPolicy({ catalogueUrl, inlineScripts = [] }) {
  const hashes = inlineScripts.map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  const connect = ["'self'", ...(catalogueUrl ? [new URL(catalogueUrl).origin] : [])];
  return [
    "default-src 'self'",
    ['script-src', "'self'", OFFICE_CDN, ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Puts the policy into every page as its first meta after the charset. Runs on the emitted pages,
 * after html-webpack-plugin has minified them, so the inline scripts are hashed as served.
 */
class ContentSecurityPolicyPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ContentSecurityPolicyPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ContentSecurityPolicyPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.html'))) {
            const html = assets[name].source().toString();
            const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
            const policy = contentSecurityPolicy({ catalogueUrl: process.env.CATALOGUE_URL, inlineScripts });
            const at = /<meta charset=[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
            if (!at) throw new Error(`${name}: no <head> to put the Content-Security-Policy in`);
            const end = at.index + at[0].length;
            const page = `${html.slice(0, end)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(end)}`;
            compilation.updateAsset(name, new webpack.sources.RawSource(page));
          }
        },
      );
    });
  }
}

/** The base URL manifest.xml is written with; replaced by ADDIN_BASE_URL for a real deployment. */
const DEV_BASE_URL = 'https://localhost:3000/';

const root = __dirname;
const SCHEMA_COMPILE = path.join(root, 'src', 'core', 'schema-compile.ts');
const from = (p) => path.resolve(root, p);
const exists = (p) => fs.existsSync(from(p));

/** The npm package a module file belongs to ("@scope/name" or "name"), or undefined for our own code. */
function packageOf(resource) {
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource ?? '');
  return m ? m[1].replace(/\\/g, '/') : undefined;
}

/**
 * Writes dist/chunks.json: for each page, the files it loads first and the ones it may load later,
 * and the npm packages in each (so a test can see what reaches the first load).
 * scripts/bench/pane-size.js uses it to tell the pane's lazy chunks from the demo's.
 */
class ChunkListPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkListPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkListPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const packagesOf = (chunks) => {
            const found = new Set();
            const visit = (module) => {
              if (module.modules) module.modules.forEach(visit); // a concatenated module
              const name = packageOf(module.resource);
              if (name) found.add(name);
            };
            for (const chunk of chunks) for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) visit(module);
            return [...found].sort();
          };
          const list = {};
          for (const [name, entry] of compilation.entrypoints) {
            const initial = entry.getFiles().filter((f) => f.endsWith('.js'));
            const lazy = new Set();
            const lazyChunks = new Set();
            const seen = new Set();
            const visit = (group) => {
              for (const child of group.childrenIterable) {
                if (seen.has(child)) continue;
                seen.add(child);
                for (const chunk of child.chunks) if (!entry.chunks.includes(chunk)) lazyChunks.add(chunk);
                for (const f of child.getFiles()) if (f.endsWith('.js') && !initial.includes(f)) lazy.add(f);
                visit(child);
              }
            };
            visit(entry);
            list[name] = { initial, lazy: [...lazy].sort(), initialPackages: packagesOf(entry.chunks), lazyPackages: packagesOf(lazyChunks) };
          }
          compilation.emitAsset('chunks.json', new webpack.sources.RawSource(JSON.stringify(list, null, 2)));
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';

  const entry = { taskpane: from('src/taskpane/index.tsx') };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: from('src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      // A module script: Internet Explorer never loads it, and it runs after the page's old-webview check.
      inject: 'body',
      scriptLoading: 'module',
    }),
  ];
  // The demo is written by another part of the project; build it only once it exists.
  if (exists('src/demo/index.tsx') && exists('src/demo/demo.html')) {
    entry.demo = from('src/demo/index.tsx');
    pages.push(new HtmlWebpackPlugin({ filename: 'demo.html', template: from('src/demo/demo.html'), chunks: ['demo'] }));
  }

  const copies = [];
  if (exists('assets')) copies.push({ from: 'assets', to: 'assets' });
  if (exists('manifest.xml')) {
    copies.push({
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform(content) {
        const base = process.env.ADDIN_BASE_URL;
        if (!base) return content;
        const withSlash = base.endsWith('/') ? base : `${base}/`;
        return content.toString().split(DEV_BASE_URL).join(withSlash);
      },
    });
  }
  if (exists('data/catalogue/default.json')) copies.push({ from: 'data/catalogue/default.json', to: 'catalogue/default.json' });

  return {
    mode,
    context: root,
    entry,
    devtool: production ? false : 'source-map',
    output: {
      path: from('dist'),
      filename: '[name].[contenthash].js',
      chunkFilename: '[name].[contenthash].js',
      // Chunks sit next to the pages; relative URLs work on any server and in Office's webview.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // Validators compiled now: the pages' policy forbids the eval that run-time compiling needs.
        { test: SCHEMA_COMPILE, use: from('scripts/ajv-precompile-loader.js') },
        {
          test: /\.tsx?$/,
          exclude: [/node_modules/, SCHEMA_COMPILE],
          // Type checking is `npm run typecheck`; the build only transpiles, which keeps it fast.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
        // The rules' pages (docs/rules/*.md), whose "Miks" / "Why" the Kontrolli tab shows: as text.
        { test: /\.md$/, type: 'asset/source' },
      ],
    },
    optimization: {
      // Lazy tabs share Fluent and core code through their own chunks; the first load stays small.
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      ...pages,
      new ContentSecurityPolicyPlugin(),
      new ChunkListPlugin(),
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
      new webpack.DefinePlugin({
        'process.env.CATALOGUE_URL': JSON.stringify(process.env.CATALOGUE_URL || ''),
        'process.env.ADDIN_VERSION': JSON.stringify(require('./package.json').version),
        'process.env.NODE_ENV': JSON.stringify(mode),
      }),
    ],
    performance: { hints: false },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
