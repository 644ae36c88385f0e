import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { createHTTPServer } from '@trpc/server/adapters/standalone'
import fc from 'fast-check'
import { Hono } from 'hono'
import { ozErrorFormatter } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LEAK_CASES } from '../support/leak-schemas.js'
import { digitMarker, marker, markerIn } from '../support/marker.js'
import { listen, listenNode, type Served } from '../support/serve.js'

// One mutation and one query per case, `m0`/`q0` for LEAK_CASES[0] and so on; `errorFormatter`
// left out gives tRPC's default formatter, the control.
const routerOf = (errorFormatter?: ReturnType<typeof ozErrorFormatter>) => {
  const t = errorFormatter === undefined ? initTRPC.create() : initTRPC.create({ errorFormatter })
  const procedures = LEAK_CASES.flatMap(([, leak], i) => [
    [`m${i}`, t.procedure.input(leak.schema).mutation(() => 'accepted')],
    [`q${i}`, t.procedure.input(leak.schema).query(() => 'accepted')],
  ])
  return t.router(Object.fromEntries(procedures))
}
type Router = ReturnType<typeof routerOf>

const serveFetch = (router: Router): Promise<Served> =>
  listen(new Hono().all('/trpc/*', (c) => fetchRequestHandler({ endpoint: '/trpc', req: c.req.raw, router })))

const serveStandalone = (router: Router): Promise<Served> =>
  listenNode(createHTTPServer({ router, basePath: '/trpc/' }))

/** The body of a failed call, checked to be our INVALID_STRUCTURE 400. */
const refusal = async (response: Response): Promise<string> => {
  const text = await response.text()
  expect(response.status, text).toBe(400)
  expect(JSON.parse(text).error.data.oz.error_code).toBe(3)
  return text
}

const post = (served: Served, i: number, input: unknown) =>
  fetch(`${served.url}/trpc/m${i}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })

const get = (served: Served, i: number, input: unknown) =>
  fetch(`${served.url}/trpc/q${i}?input=${encodeURIComponent(JSON.stringify(input))}`)

const CASES = LEAK_CASES.map(([name, leak], i) => [name, leak, i] as const)

describe.each([
  ['fetch adapter in Hono', serveFetch],
  ['standalone adapter', serveStandalone],
] as const)('ozErrorFormatter on the %s never sends back what the client sent', (_, serve) => {
  let served: Served
  beforeAll(async () => {
    served = await serve(routerOf(ozErrorFormatter()))
  })
  afterAll(() => served.close())

  it.each(CASES)('%s, in a mutation’s body and a query’s input', async (_, leak, i) => {
    await fc.assert(
      fc.asyncProperty(
        leak.digits === true ? digitMarker() : marker(),
        fc.constantFrom(post, get),
        async (planted, send) => {
          const text = await refusal(await send(served, i, leak.input(planted)))
          expect(markerIn(text, planted, { asKey: leak.asKey === true })).toBeUndefined()
        },
      ),
      { numRuns: 10 },
    )
  })
})

describe('the check itself', () => {
  let served: Served
  beforeAll(async () => {
    served = await serveFetch(routerOf())
  })
  afterAll(() => served.close())

  it('finds the marker where tRPC’s default formatter sends the schema’s messages', async () => {
    // The cases whose own messages quote the input (one of each library at least).
    const quoting = /^(zod a custom message|valibot (trim|startsWith)|arktype string\.trim)/
    const leaking = CASES.filter(([name]) => quoting.test(name))
    expect(leaking.length).toBeGreaterThanOrEqual(4)
    for (const [name, leak, i] of leaking) {
      const planted = 'k7q2z9w4x8b3'
      const response = await post(served, i, leak.input(planted))
      expect(response.status, name).toBe(400)
      expect(markerIn(await response.text(), planted), name).toBeDefined()
    }
  })
})
