import fc from 'fast-check'
import {
  fromIssues,
  fromWire,
  httpStatus,
  isOzError,
  kindForStatus,
  OZ_ERROR_KINDS,
  OZ_KINDS,
  OzErr,
  type OzErrorKind,
  OzException,
  toOzError,
  toWire,
} from 'oz-errors'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

const STATUSES: Record<OzErrorKind, number> = {
  UNKNOWN: 500,
  NOT_ALLOWED: 405,
  NOT_REALIZED: 501,
  INVALID_STRUCTURE: 400,
  INVALID_VALUE: 400,
  INVALID_TYPE: 400,
  AUTH_NOT_PROVIDED: 401,
  AUTH_INVALID: 401,
  AUTH_EXPIRED: 401,
  AUTH_FORBIDDEN: 403,
  NOT_EXIST: 404,
  EXTERNAL_SERVICE: 502,
  DATABASE: 503,
}

describe('OzErr', () => {
  it.each(OZ_ERROR_KINDS)('builds %s with its code, documented message and null details', (kind) => {
    const name = kind
      .toLowerCase()
      .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof typeof OzErr
    expect(OzErr[name]()).toStrictEqual({
      kind,
      code: OZ_KINDS[kind].code,
      message: OZ_KINDS[kind].message,
      details: null,
    })
  })

  it('has exactly one constructor per kind', () => {
    expect(Object.keys(OzErr)).toHaveLength(OZ_ERROR_KINDS.length)
  })

  it('drops a retry_after that is not a finite number of seconds, so the error stays decodable', () => {
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const error = OzErr.database({ details: { retry_after: seconds, note: 'x' } })
        expect(fromWire(JSON.parse(JSON.stringify(toWire(error))))._unsafeUnwrap()).toStrictEqual(error)
        expect(isOzError(error)).toBe(true)
        const kept = Number.isFinite(seconds) && seconds >= 0
        expect(error.details?.retry_after).toBe(kept ? Math.abs(seconds) : undefined)
      }),
    )
  })

  it('keeps a cause only when one is given', () => {
    expect('cause' in OzErr.database()).toBe(false)
    expect(OzErr.database({ cause: 'pool exhausted' }).cause).toBe('pool exhausted')
  })
})

describe('httpStatus', () => {
  it.each(OZ_ERROR_KINDS)('maps %s to the status of the contract', (kind) => {
    expect(httpStatus({ kind })).toBe(STATUSES[kind])
  })
})

describe('kindForStatus', () => {
  it.each([
    [400, 'INVALID_STRUCTURE'],
    [401, 'AUTH_NOT_PROVIDED'],
    [403, 'AUTH_FORBIDDEN'],
    [404, 'NOT_EXIST'],
    [405, 'NOT_ALLOWED'],
    [409, 'INVALID_STRUCTURE'],
    [500, 'UNKNOWN'],
    [501, 'NOT_REALIZED'],
    [502, 'EXTERNAL_SERVICE'],
    [503, 'DATABASE'],
    [504, 'EXTERNAL_SERVICE'],
    [302, 'UNKNOWN'],
  ])('picks for %i the kind %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind)
  })
})

describe('isOzError', () => {
  it('accepts every constructed error', () => {
    for (const kind of OZ_ERROR_KINDS)
      expect(isOzError({ kind, code: OZ_KINDS[kind].code, message: '', details: null })).toBe(true)
  })

  it.each([
    ['a code that is not its kind’s', { kind: 'NOT_EXIST', code: 4, message: '', details: null }],
    ['an unknown kind', { kind: 'TEAPOT', code: 4, message: '', details: null }],
    ['details of the wrong shape', { kind: 'NOT_EXIST', code: 10, message: '', details: { id: '1' } }],
    ['no details member', { kind: 'UNKNOWN', code: 0, message: '' }],
    ['a wire body', { error_code: 0, error_message: '', details: null }],
    ['an Error', new Error('x')],
  ])('refuses %s', (_, value) => {
    expect(isOzError(value)).toBe(false)
  })
})

describe('OzException and toOzError', () => {
  it('carries the error, its message and its cause', () => {
    const cause = new Error('socket hang up')
    const exception = new OzException(OzErr.externalService({ details: { service: 'engine' }, cause }))
    expect(exception).toBeInstanceOf(Error)
    expect(exception.message).toBe('Error in the external information system')
    expect(exception.cause).toBe(cause)
    expect(toOzError(exception)).toBe(exception.error)
  })

  it('recognises an exception from another copy of the package by its brand', () => {
    const foreign = Object.assign(new Error('x'), { error: OzErr.authExpired() })
    Object.defineProperty(foreign, Symbol.for('oz-errors.OzException'), { value: true })
    expect(OzException.is(foreign)).toBe(true)
    expect(OzException.is(Object.assign(new Error('x'), { error: OzErr.authExpired() }))).toBe(false)
  })

  it('passes an OzError thrown as is', () => {
    const error = OzErr.notExist({ details: { resource: 'folder' } })
    expect(toOzError(error)).toBe(error)
  })

  it.each([
    ['an Error', new Error('SELECT * FROM users')],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['an object', { code: 'ECONNRESET' }],
  ])('turns %s into UNKNOWN with the default message and the thrown value as cause', (_, thrown) => {
    const error = toOzError(thrown)
    expect(error).toMatchObject({
      kind: 'UNKNOWN',
      message: 'Unknown server side error occurred',
      details: null,
    })
    expect(error.cause).toBe(thrown)
  })
})

describe('fromIssues', () => {
  const schema = { name: 'Folder', items: [{ name: 'x' }] }

  it('turns zod issues into INVALID_STRUCTURE with dotted key paths', async () => {
    const zod = z.object({ name: z.string(), items: z.array(z.object({ name: z.number() })) })
    const result = await zod['~standard'].validate(schema)
    const error = fromIssues(result.issues ?? [])
    expect(error.kind).toBe('INVALID_STRUCTURE')
    expect(error.details?.key_path).toBe('items.0.name')
    expect(error.details?.issues?.map((issue) => issue.key_path)).toEqual(['items.0.name'])
  })

  it('turns valibot issues into the same shape, with the rejected value left out of the message', async () => {
    const secret = 'not-an-email-but-a-secret'
    const valibot = v.object({ email: v.pipe(v.string(), v.email()) })
    const input = { email: secret }
    const result = await valibot['~standard'].validate(input)
    expect(result.issues?.[0]?.message).toContain(secret)
    const error = fromIssues(result.issues ?? [], { input })
    expect(error.details?.key_path).toBe('email')
    expect(JSON.stringify(error)).not.toContain(secret)
  })

  it('says only "Invalid value" for an issue of an unknown library, whatever its message quotes', () => {
    const issue = { message: 'Expected >=1000 but received 123 (1234 max)', path: ['n'] }
    expect(fromIssues([issue], { input: { n: 123 } }).details?.issues?.[0]?.message).toBe('Invalid value')
  })

  it('says nothing of input it cannot read', () => {
    const input = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    expect(fromIssues([{ message: 'Unrecognized key: "x"' }], { input }).details?.issues?.[0]?.message).toBe(
      'Invalid value',
    )
  })

  it('names the root as "" when an issue has no path', () => {
    expect(fromIssues([{ message: 'Expected object' }]).details).toStrictEqual({
      key_path: '',
      issues: [{ key_path: '', message: 'Invalid value' }],
    })
  })
})
