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
  {
    files: ['src/app/**', 'src/features/**', 'src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/compiler/**', 'node:*'] }] },
  },
);
