/**
 * The hostile fixture served for the load run, in a child process so that the load generator
 * does not share its event loop or heap. Reports its port over IPC, answers memory questions
 * (after a full GC, so the figures are the live heap and not garbage), exits with its parent.
 */
import { serve } from '@hono/node-server'
import { hostileApp } from '../test/support/hostile/app.js'

/** What the server tells the load run. */
export type ServerMessage =
  | { readonly type: 'ready'; readonly port: number }
  | {
      readonly type: 'memory'
      readonly rss: number
      readonly heapUsed: number
      /** Errors handed to `onUnexpected` so far: counted, never kept, so the log itself cannot grow. */
      readonly unexpected: number
    }

let unexpected = 0
const app = hostileApp(() => {
  unexpected += 1
})

const tell = (message: ServerMessage) => process.send?.(message)

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
  tell({ type: 'ready', port: info.port }),
)

process.on('message', (message) => {
  if (message !== 'memory') return
  globalThis.gc?.()
  const { rss, heapUsed } = process.memoryUsage()
  tell({ type: 'memory', rss, heapUsed, unexpected })
})
process.on('disconnect', () => process.exit(0))
