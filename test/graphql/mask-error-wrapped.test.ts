// maskError on what servers and libraries wrap, nest and copy: which errors pass as they are,
// which are rebuilt, and what a rebuilt one keeps of where it happened.
import { buildSchema, execute, GraphQLError, locatedError, parse, Source } from 'graphql'
import { OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, maskError, toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'
import { rootFields, SECRET, typeDefs } from '../support/graphql-fixtures.js'

// A second copy of graphql, as when a server and the app resolve it differently: graphql ships
// an ES module and a CommonJS build, and the one this package does not load is the other copy.
const builds = (await Promise.all(
  ['graphql/index.mjs', 'graphql/index.js'].map(async (name) => await import(name)),
)) as typeof import('graphql')[]
const otherCopy = builds.find((build) => !(maskError(new Error('x')) instanceof build.GraphQLError))
if (otherCopy === undefined) throw new Error('expected two copies of graphql')
const other = otherCopy

const unknown = { code: 'UNKNOWN', error_code: 0, details: null }

describe('maskError on errors of another copy of graphql', () => {
  it('passes GraphQL’s own errors of that copy untouched', () => {
    const error = new other.GraphQLError('Cannot query field "nope" on type "Query".')
    expect(error).not.toBeInstanceOf(GraphQLError)
    expect(maskError(error)).toBe(error)
  })

  it('reads our errors made with that copy', () => {
    const made = new other.GraphQLError('Token expired', {
      extensions: { code: 'AUTH_EXPIRED', error_code: 8, details: null },
      path: ['me'],
    })
    const masked = maskError(made)
    expect(masked.message).toBe('Token expired')
    expect(masked.path).toEqual(['me'])
    expect(masked.extensions).toStrictEqual({ code: 'AUTH_EXPIRED', error_code: 8, details: null })
    expect(fromGraphQLError(made)._unsafeUnwrap()).toStrictEqual(
      OzErr.authExpired({ message: 'Token expired' }),
    )
  })
})

describe('maskError on a subclass of GraphQLError', () => {
  // A library's own error class, which names itself in its tag too.
  class UpstreamError extends GraphQLError {
    override get [Symbol.toStringTag](): string {
      return 'UpstreamError'
    }
  }

  it('knows it for a GraphQLError by its class when its tag says otherwise', () => {
    const error = new UpstreamError('Rate limited by the upstream API', { path: ['feed'] })
    expect(Object.prototype.toString.call(error)).toBe('[object UpstreamError]')
    expect(maskError(error)).toBe(error)
    const ours = new UpstreamError('Token expired', {
      extensions: { code: 'AUTH_EXPIRED', error_code: 8, details: null },
    })
    expect(fromGraphQLError(ours)._unsafeUnwrap()).toStrictEqual(
      OzErr.authExpired({ message: 'Token expired' }),
    )
  })
})

describe('maskError on GraphQL’s own errors', () => {
  // A syntax error has a source and positions, and no AST nodes.
  const syntaxError = (extensions: Record<string, unknown>) =>
    new GraphQLError('Syntax Error: Expected Name, found <EOF>.', {
      source: new Source('{ a'),
      positions: [3],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', ...extensions },
    })

  it('drops a stacktrace and keeps the locations, adding nothing', () => {
    const error = syntaxError({ stacktrace: ['at parse (graphql.js:1)'] })
    const masked = maskError(error)
    expect(masked.locations).toEqual([{ line: 1, column: 4 }])
    expect(masked.extensions).toStrictEqual({ code: 'GRAPHQL_PARSE_FAILED' })
    expect(Object.keys(masked.extensions)).toEqual(['code'])
  })

  it('keeps the http of a whole-request error, spec included, when only a stacktrace goes', () => {
    const http = { status: 400, spec: true }
    const masked = maskError(syntaxError({ http, stacktrace: [] }))
    expect(masked.extensions).toStrictEqual({ code: 'GRAPHQL_PARSE_FAILED', http })
  })

  it('drops spec with an originalError extension, so Yoga keeps its 400', () => {
    const masked = maskError(
      syntaxError({ http: { status: 400, spec: true }, originalError: { message: SECRET } }),
    )
    expect(masked.extensions).toStrictEqual({ code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } })
    expect(JSON.stringify(masked)).not.toContain(SECRET)
  })

  it('passes an http that is no object as it is', () => {
    for (const http of [null, 400]) {
      const masked = maskError(syntaxError({ http, originalError: {} }))
      expect(masked.extensions).toStrictEqual({ code: 'GRAPHQL_PARSE_FAILED', http })
      expect(masked.locations).toEqual([{ line: 1, column: 4 }])
    }
  })

  it('drops the http of a field error and keeps its place, AST nodes included', async () => {
    const schema = buildSchema(typeDefs)
    const result = await execute({ schema, document: parse('{ foreign403 }'), rootValue: rootFields })
    const [error] = result.errors ?? []
    if (error === undefined) throw new Error('expected an error')
    const withTrace = locatedError(
      new GraphQLError(error.message, { extensions: { ...error.extensions, stacktrace: [] } }),
      error.nodes,
      error.path,
    )
    const masked = maskError(withTrace)
    expect(masked.extensions).not.toHaveProperty('http')
    expect(masked.extensions).not.toHaveProperty('stacktrace')
    expect(masked.path).toEqual(['foreign403'])
    expect(masked.locations).toEqual(error.locations)
    expect(masked.nodes).toEqual(error.nodes)
  })

  it('trusts a chain of GraphQLErrors as GraphQL’s own through 8 wrappers, not deeper', () => {
    const nest = (times: number): GraphQLError => {
      let error = new GraphQLError('Cannot return null for non-nullable field')
      for (let i = 0; i < times; i++) error = new GraphQLError(`wrapper ${i}`, { originalError: error })
      return error
    }
    const eight = nest(8)
    expect(maskError(eight)).toBe(eight)
    const nine = maskError(nest(9))
    expect(nine.message).toBe(OzErr.unknown().message)
    expect(nine.extensions).toMatchObject(unknown)
  })
})

describe('maskError on a GraphQLError around another error', () => {
  it('keeps the place of an OzException a resolver threw, AST nodes included', async () => {
    const schema = buildSchema(typeDefs)
    const result = await execute({ schema, document: parse('{ forbidden }'), rootValue: rootFields })
    const [error] = result.errors ?? []
    if (error === undefined) throw new Error('expected an error')
    const masked = maskError(error)
    expect(masked.nodes).toEqual(error.nodes)
    expect(masked.locations).toEqual(error.locations)
  })

  it('masks a driver error that lends our extensions to the error graphql-js wraps it in', () => {
    const extensions = toGraphQLError(OzErr.notExist()).extensions
    const driver = Object.assign(new Error(SECRET), { extensions })
    const located = locatedError(driver, undefined, ['folder'])
    expect(located.extensions).toBe(extensions)
    const masked = maskError(located)
    expect(masked.message).toBe(OzErr.unknown().message)
    expect(masked.path).toEqual(['folder'])
    expect(masked.extensions).toStrictEqual(unknown)
    expect(masked.originalError).toBeUndefined()
    expect(JSON.stringify(masked)).not.toContain(SECRET)
  })

  it('rebuilds an error of ours wrapped with a prefixed message, as Apollo wraps a context error', () => {
    const inner = new OzException(OzErr.authExpired())
    const wrapped = new GraphQLError(`Context creation failed: ${inner.message}`, {
      originalError: inner,
      extensions: toGraphQLError(OzErr.authExpired(), { http: true }).extensions,
    })
    const masked = maskError(wrapped)
    expect(masked).not.toBe(wrapped)
    expect(masked.message).toBe(OzErr.authExpired().message)
    expect(masked.originalError).toBeUndefined()
    expect(masked.extensions.http?.status).toBe(401)
  })

  it('rebuilds a field error of ours that wraps a driver error, so the driver error does not travel on', () => {
    const driver = new Error(SECRET)
    const wrapped = new GraphQLError('The requested resource is not found', {
      originalError: driver,
      extensions: toGraphQLError(OzErr.notExist()).extensions,
      path: ['folder'],
    })
    const masked = maskError(wrapped)
    expect(masked).not.toBe(wrapped)
    expect(masked.originalError).toBeUndefined()
    expect(masked.path).toEqual(['folder'])
    expect(masked.extensions).toStrictEqual({ code: 'NOT_EXIST', error_code: 10, details: null })
  })

  it('passes a whole-request error of ours as made, its cause kept for the logs', () => {
    const cause = new Error('pool exhausted')
    const made = toGraphQLError(OzErr.database({ cause }), { http: true })
    const masked = maskError(made)
    expect(masked).toBe(made)
    expect(masked.cause).toBe(cause)
  })
})
