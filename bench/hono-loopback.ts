import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import type { Figure } from './harness.js'
import { sameResponse } from './hono.js'

const SECONDS = 1
const ROUNDS = 20

const start = async (): Promise<{ port: number; stop: () => void }> => {
  // The child inherits tsx's loader through execArgv, as `fork` passes it on.
  const child = fork(fileURLToPath(new URL('./hono-server.ts', import.meta.url)), { stdio: 'inherit' })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) =>
      typeof message === 'number' ? resolve(message) : reject(new Error('bad port')),
    )
    child.once('exit', (code) => reject(new Error(`hono-loopback: the server exited (${code})`)))
  })
  return { port, stop: () => child.kill() }
}

/** Requests per second on `path`, over loopback, for `seconds`; any answer but a 404 fails. */
const load = async (url: string, seconds: number): Promise<number> => {
  const result = await autocannon({ url, connections: 10, duration: seconds })
  const statuses = Object.keys(result.statusCodeStats)
  if (result.errors > 0 || result.timeouts > 0 || statuses.some((status) => status !== '404')) {
    throw new Error(`hono-loopback: ${url} gave errors or statuses ${statuses.join(', ')}`)
  }
  return result.requests.total / result.duration
}

/**
 * autocannon on the `errorResponse` route against the `c.json` route. Several short runs,
 * interleaved, instead of one long run each: the median ratio outlasts the machine's moods.
 */
export const honoLoopback = async (): Promise<Figure> => {
  const { port, stop } = await start()
  const ours = `http://127.0.0.1:${port}/oz/42`
  const baseline = `http://127.0.0.1:${port}/json/42`
  return {
    name: 'hono-loopback',
    target: 0.95,
    rounds: ROUNDS,
    ours: { sample: () => load(ours, SECONDS) },
    baseline: { sample: () => load(baseline, SECONDS) },
    check: async () => {
      await sameResponse('/oz/42', '/json/42')
      // Warms the server's JIT on both routes before anything is timed.
      await load(ours, 1)
      await load(baseline, 1)
    },
    teardown: async () => stop(),
  }
}
