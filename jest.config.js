// Unit tests (src and web/src, *.spec.ts) and e2e tests (test, *.e2e-spec.ts) share one
// embedded PostgreSQL. The web app's pure helpers are tested here too, beside their files.
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Matches web/src/**/*.spec.ts as well as src/**/*.spec.ts.
  testRegex: '(src/.*\\.spec|test/.*\\.e2e-spec)\\.ts$',
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // The web app's ICU message formatter ships as ES modules only.
    '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1', '^@domain/(.*)$': '<rootDir>/src/$1' },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
