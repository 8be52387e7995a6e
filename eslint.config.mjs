import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.mjs';

/** Only the Electron shell may import electron; see docs/adr/0001-layering.md. */
const SHELL_FILES = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/menu.ts',
  'src/main/ipc.ts',
  'src/main/app-protocol.ts',
  'src/main/file-dialogs.ts',
  'src/preload/**'
];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/.results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
      globals: { ...globals.browser }
    }
  },
  {
    // CommonJS so that both the Playwright config and the ensure script can load it.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only the Electron shell files may import electron.' }] }]
    }
  },
  {
    files: SHELL_FILES,
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['tests/unit/main/shell/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/renderer/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer and shared code never import electron.' }],
          patterns: [
            { group: ['**/main/**', '../main/*', '**/src/main'], message: 'The renderer reaches main only through lib/api.ts.' },
            { group: ['node:*'], message: 'Renderer and shared code must run in a browser.' }
          ]
        }
      ]
    }
  }
);
