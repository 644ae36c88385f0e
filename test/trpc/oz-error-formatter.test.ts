import { httpHeaders, httpStatus, OZ_ERROR_KINDS, toWire } from 'oz-errors'
import { fromTRPCClientError } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from '../support/serve.js'
import {
  clientFor,
  EVERY_KIND,
  errorOf,
  type How,
  LINKS,
  makeRouter,
  raiseUrl,
  rejection,
  SERVERS,
  stash,
} from '../support/trpc.js'

const HOWS: readonly How[] = ['unwrap', 'unwrap-async', 'exception', 'plain', 'trpc-cause']
const REALM = 'files'

describe.each(Object.entries(SERVERS))('ozErrorFormatter on the %s adapter', (_name, serve) => {
  let served: Served
  beforeAll(async () => {
    served = await serve(makeRouter(), { realm: REALM })
  })
  afterAll(() => served.close())

  it.each(OZ_ERROR_KINDS)('answers %s with its status, headers and data.oz', async (kind) => {
    const error = EVERY_KIND[kind]
    const response = await fetch(raiseUrl(served, error))
    expect(response.status).toBe(httpStatus(error))
    for (const [name, value] of Object.entries(httpHeaders(error, { realm: REALM }))) {
      expect([name, response.headers.get(name)]).toEqual([name, value])
    }
    const shape = errorOf(await response.json())
    expect(shape.message).toBe(error.message)
    expect(shape.data).toStrictEqual({
      code: shape.data.code,
      httpStatus: httpStatus(error),
      path: 'raise',
      oz: toWire(error),
    })
  })

  it.each(HOWS)('keeps the kind of an error thrown as %s', async (how) => {
    const error = EVERY_KIND.AUTH_EXPIRED
    const response = await fetch(raiseUrl(served, error, how))
    expect(response.status).toBe(401)
    expect(errorOf(await response.json()).data.oz).toStrictEqual(toWire(error))
  })

  it.each(LINKS)('decodes every kind on a client over %s', async (link) => {
    const client = clientFor(served, link)
    for (const kind of OZ_ERROR_KINDS) {
      const error = EVERY_KIND[kind]
      const caught = await rejection(client.raise.query({ id: stash(error), how: 'unwrap' }))
      expect(fromTRPCClientError(caught)._unsafeUnwrap()).toStrictEqual(error)
    }
  })

  it('decodes a mutation that fails, on every link', async () => {
    for (const link of LINKS) {
      const error = EVERY_KIND.NOT_EXIST
      const caught = await rejection(
        clientFor(served, link).raiseMutation.mutate({ id: stash(error), how: 'plain' }),
      )
      expect(fromTRPCClientError(caught)._unsafeUnwrap()).toStrictEqual(error)
    }
  })
})
