import { httpHeaders, httpStatus, OZ_ERROR_KINDS, OzErr, toWire } from 'oz-errors'
import { fromGraphQLError, ozApolloPlugin } from 'oz-errors/graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ACCEPTS,
  type Form,
  firstError,
  GRAPHQL_RESPONSE,
  post,
  refusalToken,
  SAMPLES,
} from '../support/graphql-fixtures.js'
import { type Started, startApollo } from '../support/graphql-servers.js'
import { expectNothingLeaked } from './server-suite.js'

const CONTEXT_FORMS: readonly Form[] = ['exception', 'graphql', 'http']

describe('Apollo Server with formatError and ozApolloPlugin', () => {
  let server: Started
  beforeAll(async () => {
    server = await startApollo({ ours: true }, { includeStacktraceInErrorResponses: true })
  })
  afterAll(() => server.close())

  describe.each(CONTEXT_FORMS)('a context that throws the error as %s', (form) => {
    it.each(OZ_ERROR_KINDS)('fails the whole request with the status and headers of %s', async (kind) => {
      const error = SAMPLES[kind]
      const token = refusalToken(kind, form)
      const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE, token })
      expect(reply.status).toBe(httpStatus(error))
      for (const [name, value] of Object.entries(httpHeaders(error))) {
        expect(reply.headers.get(name)).toBe(value)
      }
      expect(reply.body).toEqual({
        errors: [
          {
            message: error.message,
            extensions: { code: kind, error_code: error.code, details: error.details },
          },
        ],
      })
      expectNothingLeaked(reply)
    })
  })

  it.each(ACCEPTS)(
    'answers 200 without a challenge when a resolver throws a whole-request error (%s)',
    async (accept) => {
      const reply = await post(server.url, { query: '{ hello misplaced foreign403 }' }, { accept })
      expect(reply.status).toBe(200)
      expect(reply.headers.get('www-authenticate')).toBeNull()
      expect(reply.body.data).toEqual({ hello: 'world', misplaced: null, foreign403: null })
      expect(fromGraphQLError(firstError(reply))._unsafeUnwrap()).toEqual(OzErr.authInvalid())
      expect(reply.body.errors?.[1]?.extensions).toEqual({ code: 'FORBIDDEN' })
    },
  )

  it('keeps a null data response of field errors at 200', async () => {
    const wire = JSON.stringify(toWire(SAMPLES.DATABASE))
    const reply = await post(
      server.url,
      { query: 'query ($wire: String!) { failNonNull(wire: $wire, form: "http") }', variables: { wire } },
      { accept: GRAPHQL_RESPONSE },
    )
    expect(reply.status).toBe(200)
    expect(reply.headers.get('retry-after')).toBeNull()
    expect(reply.body.data).toBeNull()
  })

  it('refuses bad challenge options when it is created, not on the first request', () => {
    expect(() => ozApolloPlugin({ realm: 'a\r\nb' })).toThrow(TypeError)
  })
})

describe('Apollo Server with ozApolloPlugin({ realm })', () => {
  let server: Started
  beforeAll(async () => {
    server = await startApollo({ ours: true }, { plugins: [ozApolloPlugin({ realm: 'oz' })] })
  })
  afterAll(() => server.close())

  it('gives a refused context the configured realm, with no wholeRequest', async () => {
    const token = refusalToken('AUTH_NOT_PROVIDED', 'exception')
    const reply = await post(server.url, { query: '{ hello }' }, { accept: GRAPHQL_RESPONSE, token })
    expect(reply.status).toBe(401)
    expect(reply.headers.get('www-authenticate')).toBe('Bearer realm="oz"')
  })
})
