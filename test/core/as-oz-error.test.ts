import { asOzError, isOzError, OZ_ERROR_KINDS, OZ_KINDS, OzErr, OzException, toOzError } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { shiftyError, THROWN } from '../support/thrown-values.js'

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
    [
      'details as a bare string, a wire form',
      { kind: 'INVALID_VALUE', code: 4, message: '', details: 'limit' },
    ],
    ['a message that is not text', { kind: 'UNKNOWN', code: 0, message: 1, details: null }],
    ['a kind that is not text', { kind: 0, code: 0, message: '', details: null }],
    ['a kind inherited from Object', { kind: 'constructor', code: 0, message: '', details: null }],
    ['null', null],
    ['an object of a class, with our members', Object.assign(new (class Thrown {})(), OzErr.notExist())],
    ['a kind that is an array holding a name', { kind: ['UNKNOWN'], code: 0, message: '', details: null }],
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
    expect(toOzError(exception)).toStrictEqual(exception.error)
  })

  it('is an Error named OzException, with no cause when the error has none', () => {
    const exception = new OzException(OzErr.notRealized())
    expect(exception.name).toBe('OzException')
    expect(String(exception)).toBe('OzException: The method is documented but is not realized')
    expect('cause' in exception).toBe(false)
    expect(OzException.is(exception)).toBe(true)
  })

  it('refuses an exception whose error is not valid, and values that are not exceptions', () => {
    const broken = new OzException(OzErr.notExist())
    Object.defineProperty(broken, 'error', { value: { kind: 'NOT_EXIST' } })
    expect(OzException.is(broken)).toBe(false)
    expect(asOzError(broken)).toBeUndefined()
    for (const value of [null, undefined, 'OzException', OzErr.notExist()])
      expect(OzException.is(value)).toBe(false)
  })

  it('recognises an exception from another copy of the package by its brand', () => {
    const foreign = Object.assign(new Error('x'), { error: OzErr.authExpired() })
    Object.defineProperty(foreign, Symbol.for('oz-errors.OzException'), { value: true })
    expect(OzException.is(foreign)).toBe(true)
    expect(OzException.is(Object.assign(new Error('x'), { error: OzErr.authExpired() }))).toBe(false)
  })

  it('passes an OzError thrown as is', () => {
    const error = OzErr.notExist({ details: { resource: 'folder' } })
    expect(toOzError(error)).toStrictEqual(error)
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

describe('asOzError', () => {
  it.each(THROWN)('answers %s with its kind, or undefined for one not ours', (_, make, kind) => {
    const answer = asOzError(make())
    expect(answer?.kind ?? 'UNKNOWN').toBe(kind)
  })

  it('returns a fresh copy, not the value it was handed', () => {
    const error = OzErr.notExist({ details: { resource: 'folder', tags: ['a'] } })
    const copy = asOzError(error)
    expect(copy).toStrictEqual(error)
    expect(copy).not.toBe(error)
    expect(copy?.details).not.toBe(error.details)
  })

  it('reads each property once and returns what it checked', () => {
    const copy = asOzError(shiftyError())
    expect(copy).toStrictEqual(OzErr.notExist({ details: { resource: 'folder' } }))
  })

  it('copies a thrown plain error with its cause, and an empty message as it is', () => {
    const cause = new Error('pool exhausted')
    const thrown = { kind: 'DATABASE', code: 12, message: '', details: { retry_after: 5 }, cause }
    expect(asOzError(thrown)).toStrictEqual(thrown)
    const { cause: _, ...bare } = thrown
    expect(asOzError(bare)).not.toHaveProperty('cause')
  })

  it('keeps the cause of an error for the logs', () => {
    const cause = new Error('socket hang up')
    expect(asOzError(new OzException(OzErr.database({ cause })))?.cause).toBe(cause)
  })

  it('never throws, even on a proxy whose every trap throws', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        getPrototypeOf: () => {
          throw new Error('trap')
        },
        has: () => {
          throw new Error('trap')
        },
      },
    )
    expect(asOzError(hostile)).toBeUndefined()
  })
})
