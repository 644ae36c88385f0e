// The suites StrykerJS runs against each mutant (npm run test:mutation, issue 18): the unit and
// adapter tests, under the aliases of vitest.config.ts. The fuzz, fault and hostile suites, the
// example API and the docs' snippets are left out for time: they re-check, at length, rules the
// unit tests pin one by one.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/hostile/**', 'test/example/**', 'test/docs.test.ts', '**/node_modules/**'],
    },
  }),
)
