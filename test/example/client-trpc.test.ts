import { type Context, Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient } from '../../examples/client-api.js'
import { trpcOnce } from '../../examples/client-trpc.js'
import { listen, type Running } from '../../examples/listen.js'
import { listen as listenApp } from '../support/serve.js'

// The example client's tRPC call on its own: what `trpcOnce` decides for each kind of failure.
const FOLDER = '00000000-0000-4000-8000-000000000003'
const operator = { access_token: 'demo-operator', expire_token: 'demo-operator-refresh' }

let server: Running
beforeAll(async () => {
  server = await listen()
})
afterAll(() => server.close())

describe('the example client over tRPC', () => {
  it('sends its token and gets the value of a call that succeeds', async () => {
    const client = new ApiClient(server.url, operator)
    const me = await trpcOnce(client, (trpc) => trpc.me.query())
    expect(me._unsafeUnwrap()).toMatchObject({ role: 'operator' })
  })

  it('backs off as long as the Retry-After of a down engine says', async () => {
    server.flags.engineDown = 7
    try {
      const client = new ApiClient(server.url, operator)
      const started = await trpcOnce(client, (trpc) =>
        trpc.folders.startAnalyses.mutate({ folder_id: FOLDER, analyses: [{ type: 'quality' }] }),
      )
      const { error, decision } = started._unsafeUnwrapErr()
      expect(error).toMatchObject({ kind: 'EXTERNAL_SERVICE', details: { service: 'analysis-engine' } })
      expect(decision).toEqual({ do: 'retry-later', seconds: 7 })
    } finally {
      server.flags.engineDown = null
    }
  })

  it('names the fields a schema refused, as a form would show them', async () => {
    const client = new ApiClient(server.url, operator)
    const created = await trpcOnce(client, (trpc) =>
      trpc.folders.create.mutate({ meta_data: { label: 'x'.repeat(300) } }),
    )
    expect(created._unsafeUnwrapErr().decision).toEqual({
      do: 'fix-input',
      fields: [{ key_path: 'meta_data.label', message: 'Expected a length <= 256' }],
    })
  })

  it('asks to log in without a token, and counts an unreachable server as EXTERNAL_SERVICE', async () => {
    const anonymous = await trpcOnce(new ApiClient(server.url, undefined), (trpc) => trpc.me.query())
    expect(anonymous._unsafeUnwrapErr()).toMatchObject({
      error: { kind: 'AUTH_NOT_PROVIDED' },
      decision: { do: 'log-in' },
    })
    // Port 9 (discard) on loopback: nothing listens, the connection is refused.
    const offline = await trpcOnce(new ApiClient('http://127.0.0.1:9', operator), (trpc) => trpc.me.query())
    expect(offline._unsafeUnwrapErr()).toMatchObject({
      error: { kind: 'EXTERNAL_SERVICE', details: { service: 'oz-api' } },
      decision: { do: 'retry-later' },
    })
  })

  it.each([
    [
      'a gateway’s JSON error goes by its status',
      (c: Context) => c.json({ message: 'timed out' }, 504),
      'EXTERNAL_SERVICE',
    ],
    ['a page that is not JSON is UNKNOWN', (c: Context) => c.html('<h1>Bad gateway</h1>', 502), 'UNKNOWN'],
  ] as const)('%s', async (_, answer, kind) => {
    const gateway = await listenApp(new Hono().all('*', answer))
    try {
      const result = await trpcOnce(new ApiClient(gateway.url, operator), (trpc) => trpc.me.query())
      expect(result._unsafeUnwrapErr().error).toMatchObject({ kind, details: null })
    } finally {
      await gateway.close()
    }
  })
})
