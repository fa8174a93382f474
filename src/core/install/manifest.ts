// The manifest moved to src/core/manifest.ts (the registry reads it too, and must not import the
// install pipeline). This name stays only for test files that another change is reorganising.
export * from '../manifest.js';
