import { GraphQLError } from 'graphql'
import { OzErr, OzException } from 'oz-errors'
import { formatError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'
import { SECRET } from '../support/graphql-fixtures.js'

describe('formatError (Apollo Server)', () => {
  const located = { message: 'x', locations: [{ line: 1, column: 3 }], path: ['a'] }

  it('sends our errors with our extensions only: no stacktrace, no http', () => {
    const error = new GraphQLError('Access denied', { originalError: new OzException(OzErr.authForbidden()) })
    const formatted = {
      ...located,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
    }
    expect(formatError(formatted, error)).toStrictEqual({
      message: 'Access denied for the current user',
      locations: located.locations,
      path: located.path,
      extensions: { code: 'AUTH_FORBIDDEN', error_code: 9, details: null },
    })
  })

  it('masks what Apollo labels INTERNAL_SERVER_ERROR, such as a string thrown by the context', () => {
    // Apollo's own wrapping of `throw "…"`: a GraphQLError with no originalError to tell it apart.
    const error = new GraphQLError(`Unexpected error value: "${SECRET}"`)
    const formatted = {
      message: error.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: [] },
    }
    expect(formatError(formatted, error)).toStrictEqual({
      message: OzErr.unknown().message,
      extensions: { code: 'UNKNOWN', error_code: 0, details: null },
    })
  })

  it('masks a driver error and keeps where it happened', () => {
    const error = new GraphQLError(SECRET, { originalError: new Error(SECRET), path: ['a'] })
    const out = formatError({ ...located, message: SECRET }, error)
    expect(out).toMatchObject({ path: ['a'], extensions: { code: 'UNKNOWN' } })
    expect(JSON.stringify(out)).not.toContain(SECRET)
  })
})
