import { TRPCClientError } from '@trpc/client'
import fc from 'fast-check'
import { OzErr, toWire } from 'oz-errors'
import { fromTRPCClientError } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'
import type { Served } from '../support/serve.js'
import { clientFor, type How, type LinkName, makeRouter, rejection, SERVERS, stash } from '../support/trpc.js'

describe('fromTRPCClientError over real HTTP', () => {
  const served: Partial<Record<keyof typeof SERVERS, Served>> = {}
  beforeAll(async () => {
    served.hono = await SERVERS.hono(makeRouter())
    served.standalone = await SERVERS.standalone(makeRouter())
  })
  afterAll(async () => {
    await served.hono?.close()
    await served.standalone?.close()
  })

  const cases: [keyof typeof SERVERS, LinkName, How][] = [
    ['hono', 'httpLink', 'unwrap'],
    ['standalone', 'httpBatchLink', 'exception'],
    ['hono', 'httpBatchStreamLink', 'plain'],
  ]
  it.each(cases)(
    'decodes every error thrown on the %s adapter, over %s (thrown as %s), to an equal one',
    async (server, link, how) => {
      const target = served[server]
      if (target === undefined) throw new Error('the server did not start')
      const client = clientFor(target, link)
      await fc.assert(
        fc.asyncProperty(ozErrorArb, async (error) => {
          const caught = await rejection(client.raiseMutation.mutate({ id: stash(error), how }))
          expect(fromTRPCClientError(caught)._unsafeUnwrap()).toStrictEqual(error)
          // As it arrives in a log: the JSON of the client error.
          expect(fromTRPCClientError(JSON.parse(JSON.stringify(caught)))._unsafeUnwrap()).toStrictEqual(error)
        }),
        { numRuns: 60 },
      )
    },
  )
})

describe('fromTRPCClientError', () => {
  const wire = toWire(OzErr.notExist({ details: { resource: 'folder' } }))

  it('reads a plain object of the shape, from data or from shape.data', () => {
    expect(fromTRPCClientError({ data: { oz: wire } })._unsafeUnwrap().kind).toBe('NOT_EXIST')
    expect(fromTRPCClientError({ shape: { data: { oz: wire } } })._unsafeUnwrap().kind).toBe('NOT_EXIST')
  })

  it('refuses a client error without data (a network failure) with a reason and where', () => {
    const refused = fromTRPCClientError(new TRPCClientError('fetch failed'))._unsafeUnwrapErr()
    expect([refused.path, refused.message]).toEqual([
      'data',
      'not an error of this model: it has no data object',
    ])
  })

  it('refuses an error of a server without ozErrorFormatter', () => {
    const refused = fromTRPCClientError({ data: { code: 'NOT_FOUND', httpStatus: 404 } })._unsafeUnwrapErr()
    expect(refused.path).toBe('data.oz')
  })

  it('says where inside data.oz a body is wrong', () => {
    const refused = fromTRPCClientError({ data: { oz: { ...wire, error_code: 13 } } })._unsafeUnwrapErr()
    expect(refused.path).toBe('data.oz.error_code')
  })

  it.each([
    ['a string', 'oops', '', 'expected a tRPC client error (an object)'],
    ['null', null, '', 'expected a tRPC client error (an object)'],
    ['data that is text', { data: 'NOT_FOUND' }, 'data', 'not an error of this model: it has no data object'],
    [
      'shape.data that is null',
      { shape: { data: null } },
      'data',
      'not an error of this model: it has no data object',
    ],
    ['data without oz', { data: {} }, 'data.oz', 'not an error of this model: data.oz is missing'],
  ])('refuses %s with its reason', (_, input, path, message) => {
    expect(fromTRPCClientError(input)._unsafeUnwrapErr()).toStrictEqual({ message, path, input })
  })

  it('says data.oz, not a path inside it, when data.oz is not a body at all', () => {
    const input = { data: { oz: 'NOT_EXIST' } }
    const refused = fromTRPCClientError(input)._unsafeUnwrapErr()
    expect(refused.path).toBe('data.oz')
    expect(refused.input).toBe(input)
  })

  it('reads shape.data when data is null', () => {
    expect(fromTRPCClientError({ data: null, shape: { data: { oz: wire } } })._unsafeUnwrap().kind).toBe(
      'NOT_EXIST',
    )
  })

  it('never throws, whatever it is handed', () => {
    const hostile = Object.defineProperty({}, 'data', {
      get: () => {
        throw new Error('boom')
      },
    })
    for (const input of [undefined, null, 'oops', 42, hostile, { data: { oz: new Proxy({}, {}) } }]) {
      expect(fromTRPCClientError(input).isErr()).toBe(true)
    }
    expect(fromTRPCClientError(hostile)._unsafeUnwrapErr()).toMatchObject({
      message: 'reading the input threw',
      path: '',
    })
  })
})
