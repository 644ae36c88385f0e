import type { ApolloServerPlugin } from '@apollo/server'
import { toWire } from 'oz-errors'
import { ozApolloPlugin } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Context, GRAPHQL_RESPONSE, SAMPLES } from '../support/graphql-fixtures.js'
import { type Started, startApollo } from '../support/graphql-servers.js'

type Body = NonNullable<
  Parameters<
    Awaited<ReturnType<ReturnType<typeof ozApolloPlugin>['requestDidStart']>>['willSendResponse']
  >[0]['response']['body']
>

// What willSendResponse leaves as the status, for a response of this body and status.
const statusAfter = async (
  body: Body | undefined,
  status: number | undefined,
): Promise<number | undefined> => {
  const listener = await ozApolloPlugin().requestDidStart()
  const http: { status?: number | undefined } = { status }
  await listener.willSendResponse({ response: { http, body } })
  return http.status
}

const single = (data: unknown): Body => ({ kind: 'single', singleResult: { data } })
const incremental = (data: unknown): Body => ({ kind: 'incremental', initialResult: { data } })

describe('ozApolloPlugin: a response with data leaves with a 2xx status', () => {
  it.each([199, 300, 403, 500])('answers 200 for data sent with %i', async (status) => {
    expect(await statusAfter(single({ hello: 'world' }), status)).toBe(200)
    expect(await statusAfter(incremental({ hello: 'world' }), status)).toBe(200)
  })

  it.each([200, 201, 250, 299])('keeps a 2xx status (%i)', async (status) => {
    expect(await statusAfter(single({ hello: 'world' }), status)).toBe(status)
    expect(await statusAfter(incremental({}), status)).toBe(status)
  })

  it('leaves the status alone when there is no data, or no status set', async () => {
    for (const body of [single(null), single(undefined), incremental(null), undefined]) {
      expect(await statusAfter(body, 503)).toBe(503)
      expect(await statusAfter(body, undefined)).toBeUndefined()
    }
    expect(await statusAfter(single({ hello: 'world' }), undefined)).toBeUndefined()
  })
})

describe('Apollo Server with a plugin that sets the status before ozApolloPlugin answers', () => {
  // Sets the status the request asks for in `x-status`, as a plugin or a resolver may.
  const setsStatus: ApolloServerPlugin<Context> = {
    requestDidStart: async ({ request }) => ({
      didResolveOperation: async ({ response }) => {
        const wanted = request.http?.headers.get('x-status')
        if (wanted) response.http.status = Number(wanted)
      },
    }),
  }
  let server: Started
  beforeAll(async () => {
    server = await startApollo({ ours: true }, { plugins: [setsStatus, ozApolloPlugin()] })
  })
  afterAll(() => server.close())

  const send = async (query: string, status: number, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        accept: GRAPHQL_RESPONSE,
        'content-type': 'application/json',
        authorization: 'Bearer alice',
        'x-status': String(status),
      },
      body: JSON.stringify({ query, variables }),
    })
    return { status: response.status, body: (await response.json()) as { data?: unknown } }
  }

  it('answers 200 for a response with data that another plugin gave 503', async () => {
    const reply = await send('{ hello }', 503)
    expect(reply).toEqual({ status: 200, body: { data: { hello: 'world' } } })
  })

  it('keeps a 2xx status another plugin chose', async () => {
    expect((await send('{ hello }', 299)).status).toBe(299)
  })

  it('keeps the status of a response whose data is null', async () => {
    const wire = JSON.stringify(toWire(SAMPLES.DATABASE))
    const reply = await send('query ($wire: String!) { failNonNull(wire: $wire) }', 503, { wire })
    expect(reply.status).toBe(503)
    expect(reply.body.data).toBeNull()
  })
})
