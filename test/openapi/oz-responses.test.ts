import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { fromWire, OZ_ERROR_KINDS, type OzErrorKind } from 'oz-errors'
import { type OzResponseObject, ozComponents, ozResponses, ozRoute } from 'oz-errors/openapi'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { validBodyArb } from '../support/arbitraries.js'

const ajv = new Ajv2020({ strict: true })
const json = (response: OzResponseObject | undefined) => response?.content['application/json']

describe('ozResponses', () => {
  it('keys the responses by status, one response for kinds that share one', () => {
    const responses = ozResponses('NOT_EXIST', 'AUTH_NOT_PROVIDED', 'AUTH_EXPIRED')
    expect(Object.keys(responses).sort()).toEqual(['401', '404'])
    expect(responses['401'].description).toBe(
      'AUTH_NOT_PROVIDED (6): Access token not specified; AUTH_EXPIRED (8): Auth token is expired',
    )
    expect(json(responses['401'])?.schema).toMatchObject({
      oneOf: [{ title: 'AUTH_NOT_PROVIDED' }, { title: 'AUTH_EXPIRED' }],
    })
    expect(Object.keys(json(responses['401'])?.examples ?? {})).toEqual(['AUTH_NOT_PROVIDED', 'AUTH_EXPIRED'])
  })

  it('gives every kind an example body that fromWire and its status schema accept', () => {
    const responses: Record<string, OzResponseObject> = ozResponses(...OZ_ERROR_KINDS)
    expect(Object.keys(responses).sort()).toEqual([
      '400',
      '401',
      '403',
      '404',
      '405',
      '500',
      '501',
      '502',
      '503',
    ])
    for (const response of Object.values(responses)) {
      const validate = ajv.compile(json(response)?.schema ?? {})
      for (const example of Object.values(json(response)?.examples ?? {})) {
        expect(fromWire(example.value).isOk()).toBe(true)
        expect(validate(example.value)).toBe(true)
      }
    }
  })

  it('documents the headers each kind owes, required where the kind always sends it', () => {
    const responses = ozResponses('NOT_ALLOWED', 'AUTH_INVALID', 'EXTERNAL_SERVICE', 'DATABASE', 'NOT_EXIST')
    expect(responses['405'].headers?.Allow).toMatchObject({ required: true, example: 'GET, POST' })
    expect(responses['401'].headers?.['WWW-Authenticate']).toMatchObject({ required: true })
    expect(responses['502'].headers?.['Retry-After']).toMatchObject({ required: false, example: 30 })
    expect(responses['503'].headers?.['Retry-After']).toMatchObject({ required: false, example: 5 })
    expect(responses['404'].headers).toBeUndefined()
  })

  it('takes a route declaration, which always lists UNKNOWN (500)', () => {
    const route = ozRoute('NOT_EXIST')
    expect(route.kinds).toEqual(['NOT_EXIST', 'UNKNOWN'])
    expect(Object.keys(ozResponses(route)).sort()).toEqual(['404', '500'])
  })

  it('types its keys as the statuses of the kinds given', () => {
    const responses = ozResponses('NOT_EXIST', 'AUTH_INVALID')
    expectTypeOf(responses).toEqualTypeOf<{
      readonly '404': OzResponseObject
      readonly '401': OzResponseObject
    }>()
    // Compiled, never called: what must not typecheck.
    const _refused = () => {
      // @ts-expect-error: no kind given answers 403
      responses['403']
      // @ts-expect-error: 'NOT_A_KIND' is not a kind of the model
      ozResponses('NOT_A_KIND')
    }
    expect(typeof _refused).toBe('function')
  })

  it('points at the components with { ref: true }, and the components resolve', () => {
    const components = ozComponents()
    const responses: Record<string, OzResponseObject> = ozResponses(
      ['INVALID_VALUE', 'INVALID_TYPE', 'NOT_EXIST'],
      {
        ref: true,
      },
    )
    expect(json(responses['404'])?.schema).toEqual({ $ref: '#/components/schemas/OzNotExist' })
    expect(json(responses['400'])?.schema).toEqual({
      oneOf: [
        { $ref: '#/components/schemas/OzInvalidValue' },
        { $ref: '#/components/schemas/OzInvalidType' },
      ],
    })
    expect(Object.keys(components.responses)).toHaveLength(13)
    const loose = new Ajv2020({ strict: false })
    const validate = loose.compile({ ...json(responses['400'])?.schema, components })
    expect(validate({ error_code: 5, error_message: 'x', details: 'offset' })).toBe(true)
    expect(validate({ error_code: 10, error_message: 'x', details: { resource: 'folder' } })).toBe(false)
    const all = loose.compile({ $ref: '#/components/schemas/OzError', components })
    fc.assert(fc.property(validBodyArb, (body) => all(JSON.parse(JSON.stringify(body)))))
  })
})

describe('OpenAPI 3.0 on request', () => {
  const components = ozComponents({ openapi: '3.0' })
  // Ajv's default draft knows OpenAPI 3.0's `nullable`.
  const draft7 = new Ajv({ strict: false })
  const validate = (kind: OzErrorKind) =>
    draft7.compile(
      components.schemas[
        `Oz${kind
          .split('_')
          .map((w) => w[0] + w.slice(1).toLowerCase())
          .join('')}`
      ] ?? {},
    )

  it('uses neither const nor type null', () => {
    const text = JSON.stringify([components, ozResponses(['NOT_EXIST', 'INVALID_VALUE'], { openapi: '3.0' })])
    expect(text).not.toContain('"const"')
    expect(text).not.toContain('"null"')
    expect(text).toContain('"nullable":true')
  })

  it('accepts what fromWire accepts, and refuses a wrong code or details', () => {
    fc.assert(
      fc.property(validBodyArb, (body) => {
        const wire = JSON.parse(JSON.stringify(body)) as { error_code: number }
        expect(validate(OZ_ERROR_KINDS[wire.error_code] as OzErrorKind)(wire)).toBe(true)
      }),
    )
    expect(validate('NOT_EXIST')({ error_code: 10, error_message: 'x', details: null })).toBe(true)
    expect(validate('NOT_EXIST')({ error_code: 11, error_message: 'x', details: null })).toBe(false)
    expect(validate('NOT_EXIST')({ error_code: 10, error_message: 'x', details: {} })).toBe(false)
  })
})
