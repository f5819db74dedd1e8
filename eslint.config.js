// Lint rules that catch real defects; formatting is left to the editor.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/dist/**', 'src/generated/**', 'db/target/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['test/globalSetup.ts', 'test/globalTeardown.ts', 'web/**/*.ts', 'web/**/*.tsx', '**/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
