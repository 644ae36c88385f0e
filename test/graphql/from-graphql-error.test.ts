import fc from 'fast-check'
import { GraphQLError } from 'graphql'
import { OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

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
    expect(fromGraphQLError(hostile)._unsafeUnwrapErr()).toMatchObject({
      message: 'reading the input threw',
      path: '',
    })
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(fromGraphQLError(input).isErr()).toBe(true)
      }),
    )
  })
})

describe('fromGraphQLError on wrapped errors', () => {
  const wrap = (inner: unknown, times: number): unknown => {
    let value = inner
    for (let i = 0; i < times; i++)
      value = new GraphQLError(`wrapper ${i}`, { originalError: value as Error })
    return value
  }

  it('follows originalError through 8 wrappers, and refuses an error wrapped deeper', () => {
    const error = OzErr.notExist({ details: { resource: 'folder' } })
    expect(fromGraphQLError(wrap(new OzException(error), 8))._unsafeUnwrap()).toStrictEqual(error)
    const refused = fromGraphQLError(wrap(new OzException(error), 9))._unsafeUnwrapErr()
    // The outermost wrapper is then decoded on its own, and has no error_code of ours.
    expect(refused.path).toBe('extensions.error_code')
  })

  it('prefers the error as it was made to the extensions a server wrapped around it', () => {
    const inner = toGraphQLError(OzErr.authExpired())
    const outer = new GraphQLError('Context creation failed: x', {
      originalError: inner,
      extensions: { code: 'UNKNOWN', error_code: 0, details: null },
    })
    expect(fromGraphQLError(outer)._unsafeUnwrap()).toStrictEqual(OzErr.authExpired())
  })

  it('decodes the outer error when the one it wraps is not ours', () => {
    const outer = new GraphQLError('Auth token is expired', {
      originalError: new Error('jwt expired'),
      extensions: { code: 'AUTH_EXPIRED', error_code: 8, details: null },
    })
    expect(fromGraphQLError(outer)._unsafeUnwrap()).toStrictEqual(
      OzErr.authExpired({ message: 'Auth token is expired' }),
    )
  })
})

describe('fromGraphQLError gives its reasons', () => {
  it.each([
    ['an array', [], '', 'expected a GraphQL error (an object), got an array'],
    ['null', null, '', 'expected a GraphQL error (an object), got null'],
    ['nothing', undefined, '', 'expected a GraphQL error (an object), got none'],
    [
      'a message that is a number',
      { message: 1 },
      'message',
      'expected message to be a string, got a number',
    ],
    [
      'extensions that are an array',
      { message: 'm', extensions: [] },
      'extensions',
      'not an error of this model: extensions is an array',
    ],
    [
      'extensions that are null',
      { message: 'm', extensions: null },
      'extensions',
      'not an error of this model: extensions is null',
    ],
    [
      'a code of another kind',
      { message: 'm', extensions: { code: 'UNKNOWN', error_code: 10, details: null } },
      'extensions.code',
      'expected extensions.code to be "NOT_EXIST" for error_code 10, got "UNKNOWN"',
    ],
    [
      'a code that is not text',
      { message: 'm', extensions: { code: 10, error_code: 10, details: null } },
      'extensions.code',
      'expected extensions.code to be "NOT_EXIST" for error_code 10, got a number',
    ],
    [
      'an error_message of the wrong type',
      { message: 'm', extensions: { code: 'UNKNOWN', error_code: 0, details: 5 } },
      'extensions.details',
      undefined,
    ],
  ])('refuses %s', (_, input, path, message) => {
    const refused = fromGraphQLError(input)._unsafeUnwrapErr()
    expect(refused.path).toBe(path)
    if (message !== undefined) expect(refused.message).toBe(message)
  })
})
