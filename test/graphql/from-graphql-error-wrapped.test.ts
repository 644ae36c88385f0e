// fromGraphQLError on errors wrapped around others: which layer it believes, and its reasons.
import { GraphQLError, locatedError } from 'graphql'
import { OzErr } from 'oz-errors'
import { fromGraphQLError, toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'

const ours = { code: 'AUTH_EXPIRED', error_code: 8, details: null }

describe('fromGraphQLError on a wrapper', () => {
  it('refuses a driver error’s extensions that graphql-js lent to the error wrapping it', () => {
    const driver = Object.assign(new Error('jwt expired'), { extensions: ours })
    const located = locatedError(driver, undefined, ['me'])
    expect(located.extensions).toBe(driver.extensions)
    expect(fromGraphQLError(located)._unsafeUnwrapErr()).toStrictEqual({
      message: 'not an error of this model: it wraps an error that is not ours',
      path: 'originalError',
      input: located,
    })
  })

  it('decodes a wrapper made with extensions of its own around an error that has others', () => {
    const driver = Object.assign(new Error('jwt expired'), { extensions: { code: 'JWT' } })
    const wrapper = new GraphQLError('Token expired', { originalError: driver, extensions: ours })
    expect(fromGraphQLError(wrapper)._unsafeUnwrap()).toStrictEqual(
      OzErr.authExpired({ message: 'Token expired' }),
    )
  })

  it('decodes a wrapper of ours around a GraphQLError that is not ours', () => {
    const upstream = new GraphQLError('upstream said no', { extensions: { code: 'FORBIDDEN' } })
    const wrapper = new GraphQLError('Token expired', { originalError: upstream, extensions: ours })
    expect(fromGraphQLError(wrapper)._unsafeUnwrap()).toStrictEqual(
      OzErr.authExpired({ message: 'Token expired' }),
    )
  })

  it('decodes the JSON of an error whose originalError is null', () => {
    const json = { ...JSON.parse(JSON.stringify(toGraphQLError(OzErr.authExpired()))), originalError: null }
    expect(fromGraphQLError(json)._unsafeUnwrap()).toStrictEqual(OzErr.authExpired())
  })

  it.each([
    ['neither has extensions', { message: 'm', originalError: { message: 'inner' } }, 'extensions is none'],
    [
      'both have null',
      { message: 'm', extensions: null, originalError: { message: 'inner', extensions: null } },
      'extensions is null',
    ],
  ])('refuses a wrapper at its own extensions when %s', (_, input, why) => {
    expect(fromGraphQLError(input)._unsafeUnwrapErr()).toStrictEqual({
      message: `not an error of this model: ${why}`,
      path: 'extensions',
      input,
    })
  })

  it('refuses an Error that is not a GraphQLError, whatever it carries', () => {
    const error = Object.assign(new Error('Token expired'), { extensions: ours })
    expect(fromGraphQLError(error)._unsafeUnwrapErr()).toStrictEqual({
      message: 'not an error of this model: an Error that is not a GraphQLError',
      path: '',
      input: error,
    })
  })
})
