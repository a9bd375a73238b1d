// Builds the Word task pane (dist/taskpane.html) and, when present, the browser demo (dist/demo.html).
// office.js is never bundled: taskpane.html loads it from Microsoft's CDN.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The base URL manifest.xml is written with; replaced by ADDIN_BASE_URL for a real deployment. */
const DEV_BASE_URL = 'https://localhost:3000/';

const root = __dirname;
const from = (p) => path.resolve(root, p);
const exists = (p) => fs.existsSync(from(p));

/**
 * Writes dist/chunks.json: for each page, the files it loads first and the ones it may load later.
 * scripts/bench/pane-size.js uses it to tell the pane's lazy chunks from the demo's.
 */
class ChunkListPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ChunkListPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ChunkListPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const list = {};
          for (const [name, entry] of compilation.entrypoints) {
            const initial = entry.getFiles().filter((f) => f.endsWith('.js'));
            const lazy = new Set();
            const seen = new Set();
            const visit = (group) => {
              for (const child of group.childrenIterable) {
                if (seen.has(child)) continue;
                seen.add(child);
                for (const f of child.getFiles()) if (f.endsWith('.js') && !initial.includes(f)) lazy.add(f);
                visit(child);
              }
            };
            visit(entry);
            list[name] = { initial, lazy: [...lazy].sort() };
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
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
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
