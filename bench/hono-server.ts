/**
 * The server of the loopback figure, run as a child process so the load generator does not
 * share its event loop. Reports its port over IPC and exits with its parent.
 */
import { serve } from '@hono/node-server'
import { app } from './hono.js'

serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.send?.(info.port))
process.on('disconnect', () => process.exit(0))
