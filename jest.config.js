/**
 * One run, three tiers: test/unit (pure), test/cypher (query + params snapshots, no database),
 * test/integration and test/e2e (a real Neo4j started by test/globalSetup.ts).
 * Integration tests share one database and reset it, so the suite runs in band.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
  verbose: false,
};
