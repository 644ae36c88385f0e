/**
 * `npm run bench:load`: the hostile fixture (test/hostile-app.ts) in a child process, loaded over
 * 127.0.0.1 by autocannon. First 100,000 error responses (after 20,000 to warm up), with the
 * server's RSS and live heap (after a full GC) before, halfway and after; then 10 s of a mix of
 * successes and every error kind for requests/s and latency. The errors come first so that the
 * memory figures compare like with like: the mix's GraphQL requests grow the heap by tens of MB,
 * which V8 hands back to the system only slowly. Every response is judged as the fuzz tests judge
 * them. Exits non-zero on any non-conforming response, socket error or timeout, or memory growth
 * beyond its bound.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import autocannon, { type LoadRequest } from 'autocannon/autocannon.js'
import { judge } from '../test/support/hostile/judge.js'
import { ERRORS, MIX, type Planned, Tally } from './load-plan.js'
import type { ServerMessage } from './load-server.js'

const SECONDS = 10
const CONNECTIONS = 10
const ERROR_RESPONSES = 100_000
const WARM_UP = 20_000
// Live-heap growth that would mean a leak: 100 bytes kept per error response. RSS moves with
// what the allocator keeps or returns (runs show it shrink by 10-20 MB), so its bound is looser.
const HEAP_BOUND = ERROR_RESPONSES * 100
const RSS_BOUND = 0.1

type Memory = Extract<ServerMessage, { type: 'memory' }>

const child = fork(fileURLToPath(new URL('./load-server.ts', import.meta.url)), {
  // tsx's loader rides along in execArgv; --expose-gc lets the server collect before measuring.
  execArgv: [...process.execArgv, '--expose-gc'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
})
const watchdog = setTimeout(() => {
  console.error('load: not done within 120 s; stopping')
  child.kill()
  process.exit(1)
}, 120_000)

const next = <T extends ServerMessage['type']>(type: T): Promise<Extract<ServerMessage, { type: T }>> =>
  new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      // The child is load-server.ts, which sends nothing but ServerMessages.
      const known = message as ServerMessage
      if (known.type !== type) return
      child.off('exit', onExit)
      child.off('message', onMessage)
      resolve(known as Extract<ServerMessage, { type: T }>)
    }
    const onExit = (code: number | null) => reject(new Error(`load: the server exited (${code})`))
    child.on('message', onMessage)
    child.once('exit', onExit)
  })

const memory = (): Promise<Memory> => {
  const answer = next('memory')
  child.send('memory')
  return answer
}

const hooked = (plan: readonly Planned[], tally: Tally): LoadRequest[] =>
  plan.map((planned) => ({
    ...planned.request,
    onResponse: (status, body, _context, headers) => {
      const lower = Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
      )
      tally.record(planned, judge(planned.request.method, { status, headers: lower, body }))
    },
  }))

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`
const signed = (bytes: number) => `${bytes < 0 ? '-' : '+'}${mb(Math.abs(bytes))}`
const int = (n: number) => Math.round(n).toLocaleString('en-US')

/** One autocannon run of `plan`, each response judged into `tally`: for `seconds`, or `amount` requests. */
const fire = (
  url: string,
  plan: readonly Planned[],
  tally: Tally,
  limit: { seconds: number } | { amount: number },
) =>
  autocannon({
    url,
    connections: CONNECTIONS,
    ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
    requests: hooked(plan, tally),
  })

const run = async (url: string): Promise<string[]> => {
  // The same error mix once before measuring, so that the baseline already holds what a warm
  // server keeps (compiled code, caches, grown pools) and the comparison is like for like.
  const warm = new Tally()
  const warmUp = await fire(url, ERRORS, warm, { amount: WARM_UP })
  const errors = new Tally()
  const before = await memory()
  const half = await fire(url, ERRORS, errors, { amount: ERROR_RESPONSES / 2 })
  const middle = await memory()
  const rest = await fire(url, ERRORS, errors, { amount: ERROR_RESPONSES / 2 })
  const after = await memory()
  const at = (read: (m: Memory) => number) =>
    `before ${mb(read(before))}, after 50k ${mb(read(middle))}, after 100k ${mb(read(after))}: ${signed(read(after) - read(before))}`
  console.log(
    `errors: ${int(errors.seen)} error responses (${ERRORS.length} requests in turn) after ${int(warm.seen)} to warm up`,
  )
  console.log(`  RSS             ${at((m) => m.rss)} (bound +${RSS_BOUND * 100}%)`)
  console.log(`  heap (live)     ${at((m) => m.heapUsed)} (bound +${mb(HEAP_BOUND)})`)
  console.log(`  non-conforming  ${errors.bad} of ${int(errors.seen)} responses, each judged`)
  console.log(`  onUnexpected    ${int(after.unexpected - before.unexpected)} calls (the masked UNKNOWNs)`)
  console.log(`  answers         ${errors.summary()}`)

  const mixed = new Tally()
  const load = await fire(url, MIX, mixed, { seconds: SECONDS })
  console.log(`mix: ${SECONDS} s, ${CONNECTIONS} connections, ${MIX.length} requests in turn`)
  console.log(
    `  requests/s      ${int(load.requests.average)} (${int(load.requests.total)} in ${load.duration} s)`,
  )
  console.log(
    `  latency         p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms`,
  )
  console.log(`  non-conforming  ${mixed.bad} of ${int(mixed.seen)} responses, each judged`)
  console.log(`  answers         ${mixed.summary()}`)

  const runs = [load, warmUp, half, rest]
  return [
    ...[mixed, warm, errors].flatMap((tally) => tally.examples),
    ...(runs.some((result) => result.errors + result.timeouts > 0) ? ['socket errors or timeouts'] : []),
    ...(errors.seen < ERROR_RESPONSES ? [`only ${errors.seen} error responses judged`] : []),
    ...(after.heapUsed - before.heapUsed > HEAP_BOUND ? ['the live heap grew beyond the bound'] : []),
    ...(after.rss - before.rss > before.rss * RSS_BOUND ? ['RSS grew beyond the bound'] : []),
  ]
}

try {
  const { port } = await next('ready')
  const failures = await run(`http://127.0.0.1:${port}`)
  for (const failure of failures) console.error(`load: FAIL ${failure}`)
  process.exitCode = failures.length === 0 ? 0 : 1
} finally {
  clearTimeout(watchdog)
  child.kill()
}
