// The suites StrykerJS runs against each mutant (npm run test:mutation, issue 18): the unit and
// adapter tests, under the aliases of vitest.config.ts. Left out for time, as they re-check at
// length rules the unit tests pin one by one: the fuzz, fault and hostile suites (and the two
// that plant hostile markers), the load test, the example API and the docs' snippets.
import { defineConfig, mergeConfig } from 'vitest/config'
import base from './vitest.config.js'

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Read by the few tests that time themselves, which skip: instrumented code is slower.
      env: { OZ_MUTATION: '1' },
      exclude: [
        '**/node_modules/**',
        'test/hostile/**',
        'test/core/from-issues-redaction.test.ts',
        'test/hono/oz-validator-safety.test.ts',
        'test/hono/load.test.ts',
        'test/example/**',
        'test/docs.test.ts',
      ],
    },
  }),
)
