import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'native/**',
      'test-results/**',
      'e2e-output/**',
      'bench-output/**',
      'src/main/core/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The core, the handlers and the bridge run in plain Node (CLI, tests): no Electron, ever.
    files: [
      'src/main/core/**/*.ts',
      'src/main/handlers/**/*.ts',
      'src/main/bridge/**/*.ts',
      'src/main/cli/**/*.ts',
      'src/main/cli.ts',
      'src/shared/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'The core must not depend on Electron. Put Electron code in the shell (src/main/index.ts, ipc/, platform/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed browser page: it may import main-process *types* only.
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the core only through src/renderer/src/lib/api.ts.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '**/preload/index*', 'node:*'],
              allowTypeImports: true,
              message: 'The renderer may import main-process code as types only (import type ...).',
            },
          ],
        },
      ],
    },
  },
);
