import { authChallenge, httpHeaders, OZ_ERROR_KINDS, OzErr, ozError } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('httpHeaders', () => {
  it('owes nothing extra for the kinds whose status needs no header', () => {
    const quiet = OZ_ERROR_KINDS.filter(
      (kind) => !['NOT_ALLOWED', 'AUTH_NOT_PROVIDED', 'AUTH_INVALID', 'AUTH_EXPIRED'].includes(kind),
    )
    for (const kind of quiet) expect(httpHeaders(ozError(kind))).toEqual({})
  })

  it('gives a 405 its Allow, empty when nothing is known, dropping entries that are not methods', () => {
    const allowed = ['GET', 'HEAD', 'PUT\r\nSet-Cookie: a=b', 'bad method']
    expect(httpHeaders(OzErr.notAllowed({ details: { method: 'POST', allowed } }))).toEqual({
      Allow: 'GET, HEAD',
    })
    expect(httpHeaders(OzErr.notAllowed())).toEqual({ Allow: '' })
  })

  it('challenges a 401 without credentials with no error code (RFC 6750)', () => {
    expect(httpHeaders(OzErr.authNotProvided())).toEqual({ 'WWW-Authenticate': 'Bearer realm="api"' })
  })

  it('marks an invalid or expired token invalid_token, with the expiry when it is plain ASCII', () => {
    expect(httpHeaders(OzErr.authInvalid(), { realm: 'oz' })['WWW-Authenticate']).toBe(
      'Bearer realm="oz", error="invalid_token", error_description="The access token is invalid"',
    )
    const expired = OzErr.authExpired({ details: { expired_at: '2026-01-01T00:00:00Z' } })
    expect(httpHeaders(expired)['WWW-Authenticate']).toContain('expired at 2026-01-01T00:00:00Z"')
    const hostile = OzErr.authExpired({ details: { expired_at: 'x"\r\nSet-Cookie: a=b' } })
    expect(httpHeaders(hostile)['WWW-Authenticate']).toMatch(/error_description="The access token expired"$/)
  })

  it('rounds retry_after up to whole seconds, and leaves Retry-After out without it', () => {
    expect(httpHeaders(OzErr.database({ details: { retry_after: 1.2 } }))).toEqual({ 'Retry-After': '2' })
    expect(httpHeaders(OzErr.externalService({ details: { service: 'engine' } }))).toEqual({})
    // Past 2^53 String() prints an exponent, which is not delay-seconds (RFC 9110).
    expect(httpHeaders(OzErr.database({ details: { retry_after: 1e21 } }))).toEqual({})
  })

  it('escapes quotes in the realm and refuses a scheme or realm that could split the header', () => {
    expect(authChallenge({ realm: 'say "hi" \\o/' })).toBe('Bearer realm="say \\"hi\\" \\\\o/"')
    expect(() => authChallenge({ authScheme: 'Bearer realm="x"' })).toThrow(TypeError)
    expect(() => authChallenge({ realm: 'oz\r\nSet-Cookie: a=b' })).toThrow(TypeError)
    expect(() => httpHeaders(OzErr.authInvalid(), { realm: 'ünïcode' })).toThrow(TypeError)
  })

  it('shapes the challenge with the configured scheme and realm', () => {
    expect(httpHeaders(OzErr.authNotProvided(), { authScheme: 'DPoP', realm: 'files' })).toEqual({
      'WWW-Authenticate': 'DPoP realm="files"',
    })
  })

  it.each([
    ['a realm with CR LF', { realm: 'x"\r\nSet-Cookie: a=b' }],
    ['a realm with NUL', { realm: 'x\u0000' }],
    ['a non-ASCII realm', { realm: 'café' }],
    ['a scheme with a space', { authScheme: 'Bearer realm="x"' }],
    ['a scheme with CR LF', { authScheme: 'Bearer\r\nSet-Cookie: a=b' }],
    ['an empty scheme', { authScheme: '' }],
  ])('refuses %s with a TypeError instead of building the header', (_, options) => {
    expect(() => httpHeaders(OzErr.authNotProvided(), options)).toThrow(TypeError)
  })

  it('sends Retry-After 0 for retry_after 0, rounds fractions up, and omits it for NaN', () => {
    expect(httpHeaders(OzErr.database({ details: { retry_after: 0 } }))).toEqual({ 'Retry-After': '0' })
    expect(httpHeaders(OzErr.database({ details: { retry_after: 0.1 } }))).toEqual({ 'Retry-After': '1' })
    const nan = OzErr.externalService({ details: { service: 'engine', retry_after: Number.NaN } })
    expect(httpHeaders(nan)).toEqual({})
  })

  it('sends Retry-After up to 2^53 - 1 seconds, and none for a hand-built negative delay', () => {
    const max = Number.MAX_SAFE_INTEGER
    expect(httpHeaders(OzErr.database({ details: { retry_after: max } }))).toEqual({
      'Retry-After': String(max),
    })
    // Not through a constructor, which drops it: an object typed loosely by its caller.
    const negative = { kind: 'DATABASE', code: 12, message: 'm', details: { retry_after: -1 } } as const
    expect(httpHeaders(negative)).toEqual({})
    const text = { kind: 'DATABASE', code: 12, message: 'm', details: { retry_after: '5' } }
    expect(httpHeaders(text as unknown as Parameters<typeof httpHeaders>[0])).toEqual({})
  })

  it('lists in Allow only the method tokens of a hand-built details', () => {
    const loose = { kind: 'NOT_ALLOWED', code: 1, message: 'm', details: { allowed: [1, 'GET', null] } }
    // A caller typed loosely: `allowed` holds what is not text.
    expect(httpHeaders(loose as unknown as Parameters<typeof httpHeaders>[0])).toEqual({ Allow: 'GET' })
    const notList = { kind: 'NOT_ALLOWED', code: 1, message: 'm', details: { allowed: 'GET' } }
    expect(httpHeaders(notList as unknown as Parameters<typeof httpHeaders>[0])).toEqual({ Allow: '' })
  })

  it('names an expiry of up to 64 printable characters, without quotes or backslashes', () => {
    const header = (expired_at: string) =>
      httpHeaders(OzErr.authExpired({ details: { expired_at } }))['WWW-Authenticate']
    const generic = 'Bearer realm="api", error="invalid_token", error_description="The access token expired"'
    expect(header('t'.repeat(64))).toBe(
      `Bearer realm="api", error="invalid_token", error_description="The access token expired at ${'t'.repeat(64)}"`,
    )
    for (const bad of ['t'.repeat(65), 'a\\b', 'a"b', 'a\tb', 'été']) expect(header(bad)).toBe(generic)
    expect(httpHeaders(OzErr.authExpired())['WWW-Authenticate']).toBe(generic)
  })

  it('accepts a tab and every printable character in the realm, and any token as the scheme', () => {
    expect(authChallenge({ realm: 'a\tb ~!' })).toBe('Bearer realm="a\tb ~!"')
    expect(authChallenge({ authScheme: "!#$%&'*+.^_`|~09AZaz-" })).toBe('!#$%&\'*+.^_`|~09AZaz- realm="api"')
    expect(authChallenge({ authScheme: 'Basic' })).toBe('Basic realm="api"')
  })

  it('says in the TypeError what is wrong with the options', () => {
    expect(() => authChallenge({ authScheme: 'a b' })).toThrow(
      new TypeError('oz-errors: authScheme must be an HTTP token, got "a b"'),
    )
    expect(() => authChallenge({ realm: 'a\nb' })).toThrow(
      new TypeError('oz-errors: realm must be printable ASCII (no control characters such as CR or LF)'),
    )
  })

  it('gives the same challenge for the same options object each time', () => {
    const options = { realm: 'files' }
    expect(authChallenge(options)).toBe('Bearer realm="files"')
    expect(httpHeaders(OzErr.authNotProvided(), options)).toEqual({
      'WWW-Authenticate': 'Bearer realm="files"',
    })
  })
})
