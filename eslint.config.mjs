import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'neo4j-launcher/', '.data/', 'public/', 'test/types/', 'web/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'error',
    },
  },
  {
    // Layers point one way (docs/ARCHITECTURE.md): a feature imports the shared rooms (graph/, graphql/,
    // db/, domain/, auth/ …) and never another feature; the shared rooms import no feature.
    files: ['src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/',
              message: 'A feature never imports another feature: move what both need into src/graph/ (or src/domain/ when it is pure).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/*.ts', 'src/{graph,graphql,db,domain,auth,http}/**/*.ts'],
    ignores: ['src/schema.ts', 'src/server.ts', 'src/app.ts', 'src/main.ts', 'src/seed.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/modules/', message: 'Shared plumbing imports no feature; only the schema assembly and the server do.' }] },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  // Layout is Prettier's (npm run format); no lint rule argues with it.
  prettier,
  { files: ['jest.config.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  { files: ['test/**/*.ts', 'seeds/**/*.ts', 'bench/**/*.ts', 'src/scripts/**/*.ts'], rules: { 'no-console': 'off' } },
  {
    // Tests read GraphQL responses as loosely typed JSON on purpose; the assertions are the check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
