/** Unit tests run without a database; integration tests against a real Neo4j over Bolt. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests share one throw-away database and reset it per file, so they run one at a time.
  maxWorkers: 1,
  // Integration tests load datasets into a real database; generous, since CI machines are shared and
  // no test may fail for a slow machine (timed expectations live in npm run bench, not here).
  testTimeout: 600000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
    },
  ],
};
