import fc from 'fast-check'
import { GraphQLError } from 'graphql'
import { err, errAsync, ok, okAsync, type Result } from 'neverthrow'
import {
  httpStatus,
  type NotExistDetails,
  OZ_ERROR_KINDS,
  OzErr,
  type OzError,
  OzException,
  ozError,
} from 'oz-errors'
import { fromGraphQLError, type OzGraphQLExtensions, toGraphQLError, unwrapOrThrow } from 'oz-errors/graphql'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('toGraphQLError', () => {
  it('carries the message and { code, error_code, details }, and no http', () => {
    const error = toGraphQLError(OzErr.notExist({ details: { resource: 'folder', id: '42' } }))
    expect(error).toBeInstanceOf(GraphQLError)
    expect(error.path).toBeUndefined()
    expect(JSON.stringify(error)).toBe(
      '{"message":"The requested resource is not found","extensions":{"code":"NOT_EXIST","error_code":10,"details":{"resource":"folder","id":"42"}}}',
    )
  })

  it('keeps the cause for the server logs and out of the JSON', () => {
    const cause = new Error('SELECT secret')
    const error = toGraphQLError(OzErr.database({ cause }))
    expect(error.cause).toBe(cause)
    expect(JSON.stringify(error)).not.toContain('secret')
  })

  it.each(OZ_ERROR_KINDS)('with { http: true } carries the status of %s', (kind) => {
    const error = ozError(kind)
    expect(toGraphQLError(error, { http: true }).extensions.http?.status).toBe(httpStatus(error))
  })

  it('gives headers both servers read: a Map for Apollo, own properties for Yoga', () => {
    const headers = toGraphQLError(OzErr.authNotProvided(), { http: true }).extensions.http?.headers
    expect(headers).toBeInstanceOf(Map)
    expect([...(headers ?? [])]).toEqual([['WWW-Authenticate', 'Bearer realm="api"']])
    expect(Object.assign({}, headers)).toEqual({ 'WWW-Authenticate': 'Bearer realm="api"' })
  })

  it('challenges an invalid or expired token with error="invalid_token" in the realm asked for', () => {
    const invalid = toGraphQLError(OzErr.authInvalid(), { http: true, realm: 'oz "prod"' })
    expect(invalid.extensions.http?.headers.get('WWW-Authenticate')).toBe(
      'Bearer realm="oz \\"prod\\"", error="invalid_token", error_description="The access token is invalid"',
    )
    const expired = OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } })
    expect(
      toGraphQLError(expired, { http: true, authScheme: 'Token' }).extensions.http?.headers.get(
        'WWW-Authenticate',
      ),
    ).toBe(
      'Token realm="api", error="invalid_token", error_description="The access token expired at 2026-01-01T00:00:00Z"',
    )
  })

  it('sends Allow on NOT_ALLOWED and Retry-After in whole seconds when the details say when', () => {
    const notAllowed = OzErr.notAllowed({
      details: { method: 'PATCH', allowed: ['GET', 'POST', 'BAD\r\nX: 1'] },
    })
    expect(toGraphQLError(notAllowed, { http: true }).extensions.http?.headers.get('Allow')).toBe('GET, POST')
    const database = OzErr.database({ details: { retry_after: 2.5 } })
    expect(toGraphQLError(database, { http: true }).extensions.http?.headers.get('Retry-After')).toBe('3')
    expect(toGraphQLError(OzErr.externalService(), { http: true }).extensions.http?.headers.size).toBe(0)
  })

  it('refuses challenge options that could break the header', () => {
    expect(() => toGraphQLError(OzErr.authInvalid(), { http: true, authScheme: 'Bearer x' })).toThrow(
      TypeError,
    )
    expect(() => toGraphQLError(OzErr.authInvalid(), { http: true, realm: 'a\r\nSet-Cookie: x' })).toThrow(
      TypeError,
    )
  })

  it('types the extensions by kind', () => {
    const extensions = toGraphQLError(OzErr.notExist()).extensions
    expectTypeOf(extensions.code).toEqualTypeOf<'NOT_EXIST'>()
    expectTypeOf(extensions.error_code).toEqualTypeOf<10>()
    expectTypeOf(extensions.details).toEqualTypeOf<NotExistDetails | null>()
    const any = {} as OzGraphQLExtensions
    if (any.code === 'NOT_EXIST') expectTypeOf(any.details).toEqualTypeOf<NotExistDetails | null>()
  })
})

describe('fromGraphQLError', () => {
  it('decodes every error from the JSON a client receives (the round trip law)', () => {
    fc.assert(
      fc.property(ozErrorArb, fc.boolean(), (error, http) => {
        expect(fromGraphQLError(viaJson(toGraphQLError(error, { http })))._unsafeUnwrap()).toStrictEqual(
          error,
        )
      }),
      { numRuns: 300 },
    )
  })

  it('decodes every error from the live GraphQLError', () => {
    fc.assert(
      fc.property(ozErrorArb, (error) => {
        expect(fromGraphQLError(toGraphQLError(error))._unsafeUnwrap()).toStrictEqual(error)
      }),
      { numRuns: 300 },
    )
  })

  it('decodes a live error wrapped around an OzException, without its cause', () => {
    const thrown = new OzException(OzErr.notRealized({ cause: new Error('todo') }))
    const wrapped = new GraphQLError('Context creation failed: x', { originalError: thrown })
    expect(fromGraphQLError(wrapped)._unsafeUnwrap()).toStrictEqual(OzErr.notRealized())
  })

  it.each([
    [
      'an Apollo internal error',
      { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      'extensions.error_code',
    ],
    ['an error without extensions', { message: 'Syntax Error' }, 'extensions'],
    [
      'a code that disagrees',
      { message: 'm', extensions: { code: 'UNKNOWN', error_code: 10, details: null } },
      'extensions.code',
    ],
    [
      'a message that is not a string',
      { message: 1, extensions: { code: 'UNKNOWN', error_code: 0 } },
      'message',
    ],
    [
      'details of the wrong shape',
      { message: 'm', extensions: { code: 'NOT_EXIST', error_code: 10, details: {} } },
      'extensions.details.resource',
    ],
    ['a string', 'Unexpected error', ''],
  ])('refuses %s with a reason and where', (_, input, path) => {
    const refused = fromGraphQLError(input)._unsafeUnwrapErr()
    expect(refused.path).toBe(path)
    expect(refused.message).not.toBe('')
    expect(refused.input).toBe(input)
  })

  it('never throws, whatever it is handed', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(fromGraphQLError(hostile)._unsafeUnwrapErr().message).toBe('reading the input threw')
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(fromGraphQLError(input).isErr()).toBe(true)
      }),
    )
  })
})

describe('unwrapOrThrow', () => {
  it('returns the value of an ok', () => {
    expect(unwrapOrThrow(ok(42))).toBe(42)
    expectTypeOf(unwrapOrThrow(ok(42))).toEqualTypeOf<number>()
  })

  it('throws a field error of ours for an err: extensions, no http', () => {
    const thrown = (() => {
      try {
        unwrapOrThrow(err(OzErr.authForbidden()))
      } catch (e) {
        return e
      }
    })()
    expect(thrown).toBeInstanceOf(GraphQLError)
    expect((thrown as GraphQLError).extensions).toStrictEqual({
      code: 'AUTH_FORBIDDEN',
      error_code: 9,
      details: null,
    })
  })

  it('awaits a ResultAsync', async () => {
    expectTypeOf(unwrapOrThrow(okAsync('x'))).toEqualTypeOf<Promise<string>>()
    await expect(unwrapOrThrow(okAsync('x'))).resolves.toBe('x')
    await expect(unwrapOrThrow(errAsync(OzErr.notExist()))).rejects.toMatchObject({
      extensions: { code: 'NOT_EXIST' },
    })
  })

  it('turns an err that is not an OzError into UNKNOWN', () => {
    // A loosely typed caller: the cast is the point of the test.
    const loose = err(new Error('SELECT secret')) as unknown as Result<never, OzError>
    expect(() => unwrapOrThrow(loose)).toThrow(OzErr.unknown().message)
  })
})
