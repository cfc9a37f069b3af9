/** @type {import('jest').Config} */
const transform = { "^.+\\.(t|j)sx?$": ["@swc/jest"] };
const common = { transform, testEnvironment: "node", moduleFileExtensions: ["ts", "tsx", "js", "json"] };

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/packages/*/src/**/*.test.ts", "<rootDir>/apps/server/src/**/*.test.ts"] },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/tests/integration/**/*.test.ts"], globalSetup: "<rootDir>/tests/helpers/global-setup.ts" },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"], globalSetup: "<rootDir>/tests/helpers/global-setup.ts" },
  ],
};
