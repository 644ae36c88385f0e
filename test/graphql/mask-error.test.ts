import { buildSchema, type ExecutionResult, execute, type GraphQLError, parse, validate } from 'graphql'
import { OzErr, OzException } from 'oz-errors'
import { formatError, fromGraphQLError, maskError, toGraphQLError } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'
import { rootFields, SECRET, typeDefs } from '../support/graphql-fixtures.js'

const schema = buildSchema(typeDefs)

const run = async (query: string): Promise<ExecutionResult> =>
  await execute({ schema, document: parse(query), rootValue: rootFields })

const errorsOf = async (query: string): Promise<readonly GraphQLError[]> => (await run(query)).errors ?? []

const only = async (query: string): Promise<GraphQLError> => {
  const [error] = await errorsOf(query)
  if (error === undefined) throw new Error(`expected an error from ${query}`)
  return error
}

describe('graphql-js execute with resolvers returning Results', () => {
  it('keeps the other fields and places our error at its field with its extensions', async () => {
    const result = await run('{ hello folder(id: "2") { id } }')
    expect(result.data).toEqual({ hello: 'world', folder: null })
    const [error] = result.errors ?? []
    expect(error?.path).toEqual(['folder'])
    expect(error?.locations).toEqual([{ line: 1, column: 9 }])
    expect(error?.extensions).toStrictEqual({
      code: 'NOT_EXIST',
      error_code: 10,
      details: { resource: 'folder', id: '2' },
    })
  })

  it('leaves a field error of ours as it is in maskError (no rebuild, no http)', async () => {
    const error = await only('{ folder(id: "2") { id } }')
    expect(maskError(error)).toBe(error)
  })

  it('turns an OzException thrown by a resolver into our error at the same place', async () => {
    const error = await only('{ hello forbidden }')
    expect(error.extensions).toEqual({})
    const masked = maskError(error)
    expect(masked.path).toEqual(['forbidden'])
    expect(masked.locations).toEqual(error.locations)
    expect(masked.extensions).toStrictEqual({
      code: 'AUTH_FORBIDDEN',
      error_code: 9,
      details: { required: ['admin'] },
    })
  })

  it('masks a thrown bug: UNKNOWN with the default message, its place kept, nothing of the bug', async () => {
    for (const field of ['bug', 'thrownString']) {
      const masked = maskError(await only(`{ ${field} }`))
      expect(fromGraphQLError(masked)._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
      expect(masked.path).toEqual([field])
      expect(masked.originalError).toBeUndefined()
      expect(JSON.stringify(masked)).not.toContain(SECRET)
    }
  })

  it('drops the http that graphql-js copies onto a located error from a whole-request error', async () => {
    const error = await only('{ misplaced }')
    // The hazard: graphql-js falls back to the thrown error's extensions, http included.
    expect(error.extensions.http).toBeDefined()
    expect(maskError(error).extensions).toStrictEqual({ code: 'AUTH_INVALID', error_code: 7, details: null })
    expect(formatError(error.toJSON(), error).extensions).not.toHaveProperty('http')
  })

  it('passes validation errors untouched', () => {
    const [error] = validate(schema, parse('{ nope }'))
    expect(error).toBeDefined()
    expect(maskError(error)).toBe(error)
    const formatted = {
      ...(error as GraphQLError).toJSON(),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }
    expect(formatError(formatted, error)).toBe(formatted)
  })
})

describe('maskError for a request that fails as a whole (no path)', () => {
  it('gives an OzException thrown by the context the status and challenge of its kind', () => {
    const masked = maskError(new OzException(OzErr.authNotProvided()))
    expect(masked.extensions.http?.status).toBe(401)
    expect(masked.extensions.http?.headers).toEqual(new Map([['WWW-Authenticate', 'Bearer realm="api"']]))
  })

  it('keeps the http of an error made with toGraphQLError(…, { http: true })', () => {
    const made = toGraphQLError(OzErr.database({ details: { retry_after: 5 } }), { http: true })
    expect(maskError(made)).toBe(made)
  })

  it('masks anything else as a 500 UNKNOWN, never throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error(SECRET)
        },
      },
    )
    for (const thrown of [new Error(SECRET), SECRET, null, hostile]) {
      const masked = maskError(thrown)
      expect(masked.extensions).toMatchObject({ code: 'UNKNOWN', error_code: 0, http: { status: 500 } })
      expect(masked.message).toBe(OzErr.unknown().message)
    }
  })
})
