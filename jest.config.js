/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // tsconfig.json sets isolatedModules, so ts-jest only transpiles; type checking is `npm run typecheck`.
  transform: { '^.+\\.tsx?$': 'ts-jest', '^.+\\.md$': '<rootDir>/test/markdown-transform.js' },
  testEnvironment: 'node',
};
