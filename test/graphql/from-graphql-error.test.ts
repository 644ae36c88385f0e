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
    expect(fromGraphQLError(hostile)._unsafeUnwrapErr().message).toBe('reading the input threw')
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(fromGraphQLError(input).isErr()).toBe(true)
      }),
    )
  })
})
