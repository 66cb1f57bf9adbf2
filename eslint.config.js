import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'public/data', 'node_modules', '.scratch', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    // the two wings meet only at src/model
    files: ['src/compiler/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/features/**'] }] },
  },
  // the app: imports go app → features → shared (→ model), never back up; a feature
  // reaches another feature only through that feature's public api.ts
  {
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/compiler/**', '**/app/**', '**/features/**', '**/shared/**', 'node:*'] }] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/compiler/**', '**/app/**', '**/features/**', 'node:*'], message: 'shared/ is imported by features and app, never the other way round.' }] },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/compiler/**', '**/app/**', 'node:*'], message: 'features/ never import app/ (or compiler code).' },
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!api$)',
              message: "A feature uses another feature only through that feature's api.ts; compose features in app/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/compiler/**', 'node:*'] }] },
  },
);
