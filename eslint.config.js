import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'bench/results/**',
      '.stryker-tmp/**',
      'reports/**',
      '**/*.js',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // The rules of the councils stay pure: no framework, no driver, no I/O, no clock.
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'kafkajs',
                'pg',
                'better-sqlite3',
                '@eventstore/*',
                'kysely',
                'fs',
                'node:*',
                'http',
                'https',
                'net',
                'child_process',
                'crypto',
              ],
              message: 'libs/domain is pure TypeScript: no framework, driver or I/O module.',
            },
            { group: ['@gongron/*'], message: 'libs/domain depends on no other library of the project.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time arrives in command metadata, never from the clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time arrives in command metadata, never from the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Ids arrive in command metadata, never from randomness.',
        },
      ],
    },
  },
  {
    // What a command may carry is the domain's rule: the HTTP door takes its text limits from
    // libs/domain (TEXT_LIMITS and the workflows' own limits), never a number of its own.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Decorator > CallExpression[callee.name=/^(MaxLength|ArrayMaxSize)$/] > Literal.arguments:first-child',
          message:
            "Take the limit from the domain (TEXT_LIMITS or the workflow's limits in @gongron/domain), so HTTP, the CLI and the process managers meet one rule.",
        },
      ],
    },
  },
);
