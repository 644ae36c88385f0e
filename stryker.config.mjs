// @ts-check
// Mutation testing (issue 18): `npm run test:mutation` runs this under the pinned Node 24
// (scripts/mutation.ts); StrykerJS refuses Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: ['core/**/*.ts', 'adapters/**/*.ts'],
  // Not copied to the sandbox: the cached Node binaries, the build, the graphql 17 project.
  ignorePatterns: ['/.runtimes', '/dist', '/test/graphql17'],
  concurrency: 2,
  // A static mutant (a module-level constant: the kinds table, a regex, a frozen default) is
  // evaluated once at import, so each needs the whole suite in a fresh process: 265 of them
  // were half of a run's time. They are reported as ignored, outside the score.
  ignoreStatic: true,
  reporters: ['clear-text', 'html', 'json', 'progress'],
  clearTextReporter: { allowColor: false, reportTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // The same report as data, for scripts (the survivors of a file, the score per file).
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Kept between runs so `--incremental` re-tests only mutants whose code or tests changed;
  // git-ignored with the report, so each clone starts with one full run.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // Stryker rewrites the `extends` and `references` of this tsconfig when they point outside
  // its sandbox, with TypeScript's JS API, which TypeScript 7 (the native tsc here) no longer
  // has. Ours point nowhere outside, so the rewrite is pointed at no file and skipped.
  tsconfigFile: 'tsconfig.mutation-none.json',
  thresholds: { high: 90, low: 80, break: null },
}
