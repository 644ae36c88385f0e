import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptOf } from '../support/hostile/accept.js'
import { hostileApp, SECRET } from '../support/hostile/app.js'
import { bodyRequest } from '../support/hostile/bodies.js'
import {
  type Answer,
  closeClients,
  listen,
  type RawRequest,
  type Served,
  send,
} from '../support/hostile/http.js'
import { judge, type Reply, type Verdict } from '../support/hostile/judge.js'
import { routingRequest } from '../support/hostile/requests.js'

let server: Served
const unexpected: unknown[] = []
beforeAll(async () => {
  server = await listen(hostileApp((error) => unexpected.push(error)))
})
afterAll(async () => {
  closeClients()
  await server.close()
})

const replyOf = (answer: Extract<Answer, { type: 'response' }>): Reply => ({
  status: answer.status,
  headers: Object.fromEntries(
    Object.entries(answer.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  ),
  body: answer.body.toString('utf8'),
})

/** Sends `request` and returns its verdict; fails the property on any non-conforming answer. */
const exchange = async (request: RawRequest): Promise<Verdict> => {
  const answer = await send(server.port, request)
  if (answer.type === 'closed') {
    throw new Error(`${request.method} ${request.path.slice(0, 200)}: closed (${answer.reason})`)
  }
  const accept = acceptOf(request.headers)
  const verdict = judge(
    request.method,
    replyOf(answer),
    request.body === undefined ? { accept } : { accept, body: request.body },
  )
  if (verdict.isErr()) throw new Error(`${request.method} ${request.path.slice(0, 200)}: ${verdict.error}`)
  return verdict.value
}

const tally = (verdicts: Verdict[]): Record<string, number> => {
  const counts: Record<string, number> = {}
  for (const { type } of verdicts) counts[type] = (counts[type] ?? 0) + 1
  return counts
}

const expectHealthy = async () => {
  const health = await fetch(`${server.url}/health`)
  expect(health.status).toBe(200)
  expect(await health.json()).toStrictEqual({ route: 'health', ok: true })
}

describe('fuzzed requests over HTTP', () => {
  it('answers arbitrary methods, paths and headers with a success body, an Oz error at its httpStatus, a GraphQL answer, or Node’s own rejection', async () => {
    const verdicts: Verdict[] = []
    await fc.assert(
      fc.asyncProperty(routingRequest, async (request) => {
        verdicts.push(await exchange(request))
      }),
      { numRuns: 800 },
    )
    // The generators reach every kind of answer; a fixture change that hid one would show here.
    expect(Object.keys(tally(verdicts)).sort()).toStrictEqual([
      'error',
      'graphql',
      'head',
      'node',
      'problem',
      'success',
      'trpc',
    ])
    await expectHealthy()
  })

  it('answers hostile bodies (truncated, 100k deep, huge numbers, __proto__ keys, binary) the same way', async () => {
    const verdicts: Verdict[] = []
    await fc.assert(
      fc.asyncProperty(bodyRequest, async (request) => {
        verdicts.push(await exchange(request))
      }),
      { numRuns: 400 },
    )
    const counts = tally(verdicts)
    expect(counts.success).toBeGreaterThan(0)
    expect(counts.error).toBeGreaterThan(0)
    expect(counts.graphql).toBeGreaterThan(0)
    expect(counts.trpc).toBeGreaterThan(0)
    await expectHealthy()
  })

  it('leaves Object.prototype unpolluted after every __proto__ and constructor body', () => {
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
  })

  it('hands what it masked, with the planted secret, to onUnexpected (the log) and not to the client', () => {
    expect(unexpected.some((error) => inspect(error, { depth: 4 }).includes(SECRET))).toBe(true)
  })
})
