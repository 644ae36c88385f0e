// The behaviour both servers owe over HTTP (GraphQL-over-HTTP), run against each of them by
// graphql-yoga.test.ts and graphql-apollo.test.ts.
import fc from 'fast-check'
import { OZ_KINDS, OzErr, toWire } from 'oz-errors'
import { fromGraphQLError } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'
import {
  ACCEPTS,
  firstError,
  GRAPHQL_RESPONSE,
  post,
  type Reply,
  SECRET,
} from '../support/graphql-fixtures.js'

/** A server under test, listening on 127.0.0.1. */
export interface Started {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Asserts what no response may ever carry: the secret, a stack, internal `http` or masking traces. */
export const expectNothingLeaked = (reply: Reply): void => {
  expect(reply.text).not.toContain(SECRET)
  expect(reply.text).not.toContain('hunter2')
  expect(reply.text).not.toMatch(/stack|"http"|originalError|SELECT/)
}

export const serverSuite = (start: () => Promise<Started>): void => {
  let server: Started
  beforeAll(async () => {
    server = await start()
  })
  afterAll(() => server.close())

  describe.each(ACCEPTS)('with Accept: %s', (accept) => {
    const ask = (
      query: string,
      options: { token?: string | null; variables?: Record<string, unknown> } = {},
    ) =>
      post(
        server.url,
        { query, ...(options.variables ? { variables: options.variables } : {}) },
        {
          accept,
          ...(options.token === undefined ? {} : { token: options.token }),
        },
      )

    it('answers 200 with partial data when a resolver returns err(NOT_EXIST)', async () => {
      const reply = await ask('{ hello folder(id: "2") { id } folderLater(id: "3") { id } }')
      expect(reply.status).toBe(200)
      expect(reply.body.data).toEqual({ hello: 'world', folder: null, folderLater: null })
      expect(reply.body.errors).toHaveLength(2)
      const [first, second] = reply.body.errors ?? []
      expect(first).toMatchObject({ path: ['folder'], message: OZ_KINDS.NOT_EXIST.message })
      expect(first?.extensions).toEqual({
        code: 'NOT_EXIST',
        error_code: 10,
        details: { resource: 'folder', id: '2' },
      })
      expect(fromGraphQLError(second)._unsafeUnwrap()).toEqual(OzErr.notExist())
      expectNothingLeaked(reply)
    })

    it('keeps a thrown OzException as its error, at its field, with a 200', async () => {
      const reply = await ask('{ hello forbidden }')
      expect(reply.status).toBe(200)
      expect(reply.body.data).toEqual({ hello: 'world', forbidden: null })
      expect(firstError(reply)).toMatchObject({ path: ['forbidden'] })
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(
        OzErr.authForbidden({ details: { required: ['admin'] } }),
      )
      expectNothingLeaked(reply)
    })

    it('masks a thrown bug and a thrown string as UNKNOWN without a trace of them', async () => {
      const reply = await ask('{ hello bug thrownString }')
      expect(reply.status).toBe(200)
      expect(reply.body.data).toEqual({ hello: 'world', bug: null, thrownString: null })
      for (const error of reply.body.errors ?? []) {
        expect(fromGraphQLError(error)._unsafeUnwrap()).toEqual(OzErr.unknown())
      }
      expect(reply.body.errors?.map((error) => error.path)).toEqual([['bug'], ['thrownString']])
      expectNothingLeaked(reply)
    })

    it('refuses a request without a token: 401, a Bearer challenge, AUTH_NOT_PROVIDED', async () => {
      const reply = await ask('{ hello }', { token: null })
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="api"')
      expect(reply.body.data).toBeUndefined()
      expect(firstError(reply)).not.toHaveProperty('path')
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authNotProvided())
      expectNothingLeaked(reply)
    })

    it('refuses an expired token: 401 with error="invalid_token", AUTH_EXPIRED', async () => {
      const reply = await ask('{ hello }', { token: 'expired' })
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="api", error="invalid_token"/)
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(
        OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } }),
      )
    })

    it('masks a bug in the context as a 500 UNKNOWN', async () => {
      const reply = await ask('{ hello }', { token: 'boom' })
      expect(reply.status).toBe(500)
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.unknown())
      expectNothingLeaked(reply)
    })

    it.each([
      ['validation', '{ nope }', 'Cannot query field "nope" on type "Query".'],
      ['syntax', '{ hello', 'Syntax Error: Expected Name, found <EOF>.'],
    ])('passes a %s error as the server reports it', async (_, query, message) => {
      const reply = await ask(query)
      expect(firstError(reply).message).toBe(message)
      expect(firstError(reply).extensions).not.toHaveProperty('error_code')
      expect(fromGraphQLError(firstError(reply)).isErr()).toBe(true)
      if (accept === GRAPHQL_RESPONSE) expect(reply.status).toBe(400)
    })

    it('passes a GraphQLError thrown on purpose, with its code', async () => {
      const reply = await ask('{ hello deliberate }')
      expect(reply.status).toBe(200)
      expect(firstError(reply)).toMatchObject({ message: 'Deliberate', path: ['deliberate'] })
      expect(firstError(reply).extensions).toMatchObject({ code: 'BAD_USER_INPUT' })
    })

    it('passes a variable coercion error as the server reports it', async () => {
      const reply = await ask('query ($n: Int!) { count(limit: $n) }', { variables: { n: 'ten' } })
      expect(firstError(reply).message).toMatch(/^Variable "\$n" got invalid value "ten"/)
      expect(fromGraphQLError(firstError(reply)).isErr()).toBe(true)
      if (accept === GRAPHQL_RESPONSE) expect(reply.status).toBe(400)
    })
  })

  it('carries every error a resolver fails with to the client unchanged (JSON round trip)', async () => {
    await fc.assert(
      fc.asyncProperty(ozErrorArb, async (error) => {
        const query = 'query ($wire: String!) { hello fail(wire: $wire) }'
        const variables = { wire: JSON.stringify(toWire(error)) }
        const reply = await post(server.url, { query, variables }, { accept: GRAPHQL_RESPONSE })
        expect(reply.status).toBe(200)
        expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toStrictEqual(error)
      }),
      { numRuns: 40 },
    )
  })
}
