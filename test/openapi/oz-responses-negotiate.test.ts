import { Ajv2020 } from 'ajv/dist/2020.js'
import { Hono } from 'hono'
import { describeRoute, openAPIRouteHandler } from 'hono-openapi'
import { err, ok } from 'neverthrow'
import { fromProblem, fromWire, OZ_ERROR_KINDS, OzErr, OzException, toProblem } from 'oz-errors'
import { errorHandler, forRoute, type OzFormat } from 'oz-errors/hono'
import {
  type OzBodyFormat,
  type OzMediaTypeObject,
  type OzResponseObject,
  ozComponents,
  ozResponses,
  ozRoute,
} from 'oz-errors/openapi'
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

const JSON_TYPE = 'application/json'
const PROBLEM = 'application/problem+json'
const ajv = new Ajv2020({ strict: true })

describe('ozResponses with { format }', () => {
  it("documents only the Oz body by default, only the problem with 'problem', both with 'negotiate'", () => {
    const media = (format?: OzBodyFormat) =>
      Object.keys(ozResponses(['NOT_EXIST'], format === undefined ? {} : { format })[404].content)
    expect(media()).toEqual([JSON_TYPE])
    expect(media('oz')).toEqual([JSON_TYPE])
    expect(media('problem')).toEqual([PROBLEM])
    expect(media('negotiate')).toEqual([JSON_TYPE, PROBLEM])
  })

  it("adds Vary: Accept with 'negotiate' only, beside the kind's own headers", () => {
    const negotiated = ozResponses(['NOT_ALLOWED', 'NOT_EXIST'], { format: 'negotiate' })
    expect(Object.keys(negotiated[405].headers ?? {})).toEqual(['Allow', 'Vary'])
    expect(negotiated[404].headers?.Vary).toMatchObject({ required: true, example: 'Accept' })
    expect(ozResponses(['NOT_EXIST'], { format: 'problem' })[404].headers).toBeUndefined()
  })

  it('gives every kind a problem example that fromProblem and its status schema accept', () => {
    const responses: Record<string, OzResponseObject<'problem'>> = ozResponses(OZ_ERROR_KINDS, {
      format: 'problem',
    })
    const examples = Object.values(responses).flatMap((response) => {
      const validate = ajv.compile(response.content[PROBLEM].schema)
      return Object.values(response.content[PROBLEM].examples).map((example) => {
        expect(validate(example.value)).toBe(true)
        return fromProblem(example.value)._unsafeUnwrap().kind
      })
    })
    expect(examples.sort()).toEqual([...OZ_ERROR_KINDS].sort())
  })

  it('points at Oz<Kind>Problem with { ref: true }, which ozComponents({ format }) resolves', () => {
    const responses = ozResponses(['INVALID_VALUE', 'NOT_EXIST'], { ref: true, format: 'negotiate' })
    expect(responses[404].content[PROBLEM].schema).toEqual({ $ref: '#/components/schemas/OzNotExistProblem' })
    expect(responses[404].content[JSON_TYPE].schema).toEqual({ $ref: '#/components/schemas/OzNotExist' })
    const components = ozComponents({ format: 'negotiate' })
    expect(Object.keys(ozComponents().schemas)).not.toContain('OzProblem')
    expect(Object.keys(ozComponents({ format: 'problem' }).schemas)).not.toContain('OzError')
    expect(Object.keys(components.responses.OzNotExist?.content ?? {})).toEqual([JSON_TYPE, PROBLEM])
    const loose = new Ajv2020({ strict: false })
    const validate = loose.compile({ ...responses[400].content[PROBLEM].schema, components })
    expect(validate(toProblem(OzErr.invalidValue({ details: { key_path: 'limit' } })))).toBe(true)
    expect(validate(toProblem(OzErr.notExist({ details: { resource: 'folder' } })))).toBe(false)
  })

  it('types the content by format, and takes the same formats as Hono’s renderers', () => {
    expectTypeOf<OzBodyFormat>().toEqualTypeOf<OzFormat>()
    expectTypeOf(ozResponses('NOT_EXIST')[404].content).toEqualTypeOf<{
      readonly [JSON_TYPE]: OzMediaTypeObject
    }>()
    const negotiated = ozResponses(['NOT_EXIST'], { format: 'negotiate' })[404].content
    expectTypeOf(negotiated[PROBLEM]).toEqualTypeOf<OzMediaTypeObject>()
    expectTypeOf(negotiated[JSON_TYPE]).toEqualTypeOf<OzMediaTypeObject>()
    const unknown = ozResponses(['NOT_EXIST'], {} as { format?: OzBodyFormat })[404].content
    expectTypeOf(unknown[PROBLEM]).toEqualTypeOf<OzMediaTypeObject | undefined>()
    // Compiled, never called: what must not typecheck.
    const _refused = () => {
      // @ts-expect-error: a problem-only response has no Oz body
      ozResponses(['NOT_EXIST'], { format: 'problem' })[404].content[JSON_TYPE]
      // @ts-expect-error: not a format of the renderers
      ozResponses(['NOT_EXIST'], { format: 'xml' })
    }
    expect(typeof _refused).toBe('function')
  })
})

// A route that negotiates: respond() and the thrown error both render with 'negotiate', and the
// document is built with the same format.
const getFolder = ozRoute('NOT_EXIST', 'AUTH_NOT_PROVIDED')
const app = new Hono()
  .get(
    '/folders/:id',
    describeRoute({
      responses: { 200: { description: 'The folder' }, ...ozResponses(getFolder, { format: 'negotiate' }) },
    }),
    (c) => {
      if (c.req.header('authorization') === undefined) throw new OzException(OzErr.authNotProvided())
      const id = c.req.param('id')
      return forRoute(getFolder).respond(
        c,
        id === '1' ? ok({ id }) : err(OzErr.notExist({ details: { resource: 'folder', id } })),
        { format: 'negotiate' },
      )
    },
  )
  .onError(errorHandler({ format: 'negotiate' }))
app.get(
  '/openapi.json',
  openAPIRouteHandler(app, { documentation: { openapi: '3.1.0', info: { title: 'folders', version: '1' } } }),
)

type Documented = Record<
  string,
  { headers?: Record<string, unknown>; content: Record<string, { schema: object }> }
>

let server: Served
let documented: Documented
beforeAll(async () => {
  server = await listen(app)
  const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { responses: Documented }>>
  }
  documented = doc.paths['/folders/{id}']?.get?.responses ?? {}
})
afterAll(() => server.close())

describe('a Hono route that negotiates, documented with { format: "negotiate" }', () => {
  it('lists application/problem+json beside application/json for every error status', () => {
    expect(Object.keys(documented).sort()).toEqual(['200', '401', '404', '500'])
    for (const status of ['401', '404', '500']) {
      expect(Object.keys(documented[status]?.content ?? {})).toEqual([JSON_TYPE, PROBLEM])
      expect(documented[status]?.headers).toHaveProperty('Vary')
    }
  })

  it.each([
    ['a missing folder', '/folders/2', { authorization: 'Bearer t' }, 404],
    ['no token', '/folders/1', {}, 401],
  ])(
    'answers %s, asked for either body, as the document says for its status',
    async (_, path, headers, status) => {
      for (const [accept, type, decode] of [
        [PROBLEM, PROBLEM, fromProblem],
        [JSON_TYPE, JSON_TYPE, fromWire],
      ] as const) {
        const res = await fetch(`${server.url}${path}`, { headers: { ...headers, accept } })
        expect([res.status, res.headers.get('content-type'), res.headers.get('vary')]).toEqual([
          status,
          type,
          'Accept',
        ])
        const body: unknown = await res.json()
        const schema = documented[String(status)]?.content[type]?.schema
        expect(ajv.validate(schema ?? false, body)).toBe(true)
        expect(decode(body).isOk()).toBe(true)
      }
    },
  )
})
