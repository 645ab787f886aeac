import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Import boundaries: where a file lives says where it may run. */
const noNode = {
  'no-restricted-imports': [
    'error',
    {
      paths: [...nodeBuiltins.map((name) => ({ name, message: 'This code runs in the browser: no Node built-ins.' })), { name: 'electron', message: 'No Electron here.' }],
      patterns: [
        { group: ['**/electron/**', 'better-sqlite3*', 'pdfkit'], message: 'The renderer and shared code talk to core only through the contract.' },
      ],
    },
  ],
};

/** Screens read and write core through the data layer only; the vault screens open and close the vault itself. */
const screensUseTheDataLayer = {
  'no-restricted-imports': [
    'error',
    {
      paths: noNode['no-restricted-imports'][1].paths,
      patterns: [
        ...noNode['no-restricted-imports'][1].patterns,
        { group: ['**/vault/VaultContext'], importNames: ['useCall'], message: 'Read with useRead and write with useWrite (renderer/src/api): one cache, invalidated by the writes.' },
        { group: ['**/api/ApiContext'], importNames: ['useInvoke'], message: 'Read with useRead and write with useWrite (renderer/src/api): one cache, invalidated by the writes.' },
      ],
    },
  ],
};

/**
 * Linted with type information (typescript-eslint's recommendedTypeChecked): the folders whose
 * findings are fixed. A folder joins once it is clean, so main stays green while the rest follows.
 */
const typeChecked = ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/shell/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.ts', 'renderer/src/**/*.tsx'];
const typeCheckedRules = {
  '@typescript-eslint/switch-exhaustiveness-check': 'error',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typeChecked })),
  {
    files: typeChecked,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: typeCheckedRules,
  },
  {
    files: ['electron/core/**', 'electron/cli/**', 'electron/host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Core runs under plain Node: never import electron here.' }],
          patterns: [{ group: ['**/shell/**', '**/renderer/**'], message: 'Core does not depend on the shell or the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: noNode,
  },
  {
    files: ['renderer/src/screens/**'],
    // The vault screens open the vault; the read-only banner asks the vault's own status, never cached.
    ignores: ['renderer/src/screens/vault/**', 'renderer/src/screens/shell/ReadOnlyBanner.tsx'],
    rules: screensUseTheDataLayer,
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
