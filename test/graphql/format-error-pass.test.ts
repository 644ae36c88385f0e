// formatError on what Apollo hands it besides our errors: GraphQL's own errors, Apollo's request
// errors (which set a 4xx status), and what it labels INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { OzErr } from 'oz-errors'
import { formatError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'
import { SECRET } from '../support/graphql-fixtures.js'

const locations = [{ line: 1, column: 3 }]
const unknown = { code: 'UNKNOWN', error_code: 0, details: null }

// Apollo's formatted error of a GraphQLError that has no `code` of its own.
const labelled = (error: GraphQLError): GraphQLFormattedError => ({
  message: error.message,
  locations,
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at apollo.js:1'] },
})

describe('formatError on what Apollo labels INTERNAL_SERVER_ERROR', () => {
  it('passes an error that sets a 4xx status as the client mistake it is, without the stacktrace', () => {
    for (const status of [400, 413, 499]) {
      const error = new GraphQLError('POST body sent invalid JSON', { extensions: { http: { status } } })
      expect(formatError(labelled(error), error)).toStrictEqual({
        message: 'POST body sent invalid JSON',
        locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      })
    }
  })

  it('masks one with any other status, or none, as UNKNOWN where it happened', () => {
    const https: unknown[] = [{ status: 399 }, { status: 500 }, { status: '400' }, {}, null, 400, undefined]
    for (const http of https) {
      const error = new GraphQLError(SECRET, {
        extensions: http === undefined ? {} : { http: http as object },
      })
      expect(formatError(labelled(error), error)).toStrictEqual({
        message: OzErr.unknown().message,
        locations,
        extensions: unknown,
      })
    }
  })
})

describe('formatError on GraphQL’s own errors', () => {
  it('passes one formatted without extensions untouched', () => {
    const error = new GraphQLError('Syntax Error: Unexpected <EOF>.')
    const formatted = { message: error.message, locations }
    expect(formatError(formatted, error)).toBe(formatted)
  })

  it('drops http and stacktrace from its extensions, and keeps the rest', () => {
    const error = new GraphQLError('Variable "$id" got invalid value 1', {
      extensions: { http: { status: 400 } },
    })
    const formatted = {
      message: error.message,
      locations,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 }, stacktrace: [] },
    }
    expect(formatError(formatted, error)).toStrictEqual({
      message: error.message,
      locations,
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})

describe('formatError never throws', () => {
  it('answers UNKNOWN when the formatted error cannot be read', () => {
    const hostile = new Proxy({} as GraphQLFormattedError, {
      get: () => {
        throw new Error(SECRET)
      },
    })
    for (const error of [new Error(SECRET), new GraphQLError('Syntax Error')]) {
      expect(formatError(hostile, error)).toStrictEqual({
        message: OzErr.unknown().message,
        extensions: unknown,
      })
    }
  })
})
