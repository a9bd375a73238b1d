/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    // Type checking is `npm run typecheck`; here we only transpile, which keeps the suite fast.
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true }],
  },
  testEnvironment: 'node',
};
