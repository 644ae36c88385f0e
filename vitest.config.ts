import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    alias: [
      { find: /^oz-errors$/, replacement: here('./core/index.ts') },
      { find: /^oz-errors\/hono$/, replacement: here('./adapters/hono/index.ts') },
      { find: /^oz-errors\/graphql$/, replacement: here('./adapters/graphql/index.ts') },
      { find: /^oz-errors\/trpc$/, replacement: here('./adapters/trpc/index.ts') },
      { find: /^oz-errors\/openapi$/, replacement: here('./adapters/openapi/index.ts') },
      { find: /^oz-errors\/openapi\/zod$/, replacement: here('./adapters/openapi/zod/index.ts') },
      { find: /^oz-errors\/observe$/, replacement: here('./adapters/observe/index.ts') },
      // Node resolves `graphql` to its CommonJS build (graphql 16 has no exports map), and so do
      // Yoga and Apollo here; Vite would pick the ESM build for our sources. One copy, as in
      // production, so `instanceof GraphQLError` means what it means for users.
      { find: /^graphql$/, replacement: require.resolve('graphql') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
})
