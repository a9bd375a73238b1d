// ESLint flat config: typescript-eslint everywhere, and Microsoft's Office add-in rules
// (load before read, no sync in loops) on the only code that touches Office.js: src/word/.
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'test-output/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no Office, no DOM, no adapter. The adapters import the core, never the other way.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/docx/**', '**/word/**', '**/taskpane/**', '**/demo/**', '**/cli/**'], message: 'src/core never imports an adapter or the pane.' },
            { group: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', 'office-*', 'fs', 'path', 'node:*'], message: 'src/core is pure TypeScript: no UI, Office or Node.' },
          ],
        },
      ],
    },
  },
  {
    // The pane's components stay small: state and I/O in hooks, rendering apart (as Fluent UI splits its own).
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/word/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
