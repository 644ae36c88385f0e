import { GraphQLError } from 'graphql'
import { httpStatus, type NotExistDetails, OZ_ERROR_KINDS, OzErr, ozError } from 'oz-errors'
import { type OzGraphQLExtensions, toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, expectTypeOf, it } from 'vitest'

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
