import { fromTRPCClientError } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from '../support/serve.js'
import { clientFor, makeRouter, SERVERS } from '../support/trpc.js'

type Outcome = { readonly data: unknown[]; readonly error: unknown; readonly how: 'error' | 'connecting' }

// Subscribes over SSE (httpSubscriptionLink with the `eventsource` package) until the stream
// fails: tRPC's client ends a subscription on a 4xx error and reconnects on a 5xx one.
const failure = (served: Served, input: 'forbidden' | 'database' | 'bug'): Promise<Outcome> =>
  new Promise((resolve) => {
    const data: unknown[] = []
    const sub = clientFor(served, 'httpLink').events.subscribe(input, {
      onData: (value) => data.push(value),
      onError: (error) => {
        sub.unsubscribe()
        resolve({ data, error, how: 'error' })
      },
      onConnectionStateChange: (state) => {
        if (state.state === 'connecting' && state.error !== null) {
          sub.unsubscribe()
          resolve({ data, error: state.error, how: 'connecting' })
        }
      },
    })
  })

describe.each(Object.entries(SERVERS))('an error inside a subscription on the %s adapter', (_name, serve) => {
  let served: Served
  beforeAll(async () => {
    served = await serve(makeRouter({ onUnexpected: () => {} }))
  })
  afterAll(() => served.close())

  it('ends the subscription with its kind in data.oz', async () => {
    const outcome = await failure(served, 'forbidden')
    expect(outcome.data).toEqual([1])
    expect(outcome.how).toBe('error')
    const error = fromTRPCClientError(outcome.error)._unsafeUnwrap()
    expect(error).toStrictEqual({
      kind: 'AUTH_FORBIDDEN',
      code: 9,
      message: 'Access denied for the current user',
      details: { required: ['admin'] },
    })
  })

  it('reaches the client as a retry with its kind when the kind is a 5xx', async () => {
    const outcome = await failure(served, 'database')
    expect(outcome.how).toBe('connecting')
    expect(fromTRPCClientError(outcome.error)._unsafeUnwrap().kind).toBe('DATABASE')
  })

  it('masks a bug, secret-free', async () => {
    const outcome = await failure(served, 'bug')
    expect(JSON.stringify(outcome.error)).not.toContain('hunter2')
    expect(fromTRPCClientError(outcome.error)._unsafeUnwrap().kind).toBe('UNKNOWN')
  })
})
