// Unit tests sit beside the code (src, *.test.ts); integration tests (test, *.int.test.ts) run
// against one real Neo4j started by the global setup. UNIT_ONLY=1 runs the unit tier alone.
const unitOnly = process.env.UNIT_ONLY === '1';

module.exports = {
  testEnvironment: 'node',
  roots: unitOnly ? ['<rootDir>/src'] : ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFiles: ['reflect-metadata'],
  ...(unitOnly ? {} : {
    globalSetup: '<rootDir>/test/support/global-setup.ts',
    globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  }),
  testTimeout: 120000,
};
