import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: /^oz-errors$/, replacement: here('./core/index.ts') },
      { find: /^oz-errors\/hono$/, replacement: here('./adapters/hono/index.ts') },
      { find: /^oz-errors\/graphql$/, replacement: here('./adapters/graphql/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
})
