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

module.exports = (_env, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';

  const entry = { taskpane: from('src/taskpane/index.tsx') };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: from('src/taskpane/taskpane.html'),
      chunks: ['taskpane'],
      // The old-webview check in the page must run before the bundle, so the bundle goes last in <body>.
      inject: 'body',
      scriptLoading: 'blocking',
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
      ],
    },
    optimization: {
      // Lazy tabs share Fluent and core code through their own chunks; the first load stays small.
      splitChunks: { chunks: 'async' },
    },
    plugins: [
      ...pages,
      ...(copies.length ? [new CopyWebpackPlugin({ patterns: copies })] : []),
      new webpack.DefinePlugin({
        'process.env.CATALOGUE_URL': JSON.stringify(process.env.CATALOGUE_URL || ''),
        'process.env.NODE_ENV': JSON.stringify(mode),
      }),
    ],
    performance: { hints: false },
  };
};
