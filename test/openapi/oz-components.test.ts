import { OZ_ERROR_KINDS } from 'oz-errors'
import { ozComponents, ozResponses, ozWireSchema } from 'oz-errors/openapi'
import { describe, expect, it } from 'vitest'

const member = (schema: { properties?: unknown } | undefined, name: string): unknown =>
  (schema?.properties as Record<string, unknown> | undefined)?.[name]

describe('ozComponents', () => {
  it('names the union of every kind, each a $ref to its own schema', () => {
    const { schemas } = ozComponents()
    expect(schemas.OzError).toEqual({
      title: 'OzError',
      oneOf: [
        'OzUnknown',
        'OzNotAllowed',
        'OzNotRealized',
        'OzInvalidStructure',
        'OzInvalidValue',
        'OzInvalidType',
        'OzAuthNotProvided',
        'OzAuthInvalid',
        'OzAuthExpired',
        'OzAuthForbidden',
        'OzNotExist',
        'OzExternalService',
        'OzDatabase',
      ].map((name) => ({ $ref: `#/components/schemas/${name}` })),
    })
    const { $schema: _, ...notExist } = ozWireSchema('NOT_EXIST')
    expect(schemas.OzNotExist).toEqual(notExist)
  })

  it('gives each kind a response component, as ozResponses with { ref: true } writes its status', () => {
    const { responses } = ozComponents()
    expect(Object.keys(responses)).toHaveLength(OZ_ERROR_KINDS.length)
    expect(responses.OzNotExist).toEqual(ozResponses(['NOT_EXIST'], { ref: true })['404'])
    expect(responses.OzNotExist?.description).toBe('NOT_EXIST (10): The requested resource is not found')
    expect(responses.OzNotExist?.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/OzNotExist',
    })
    expect(responses.OzDatabase?.headers?.['Retry-After']).toMatchObject({ required: false })
  })

  it('writes OpenAPI 3.1 schemas by default, 3.0 ones when asked', () => {
    expect(member(ozComponents().schemas.OzNotExist, 'error_code')).toEqual({ const: 10 })
    expect(member(ozComponents({ openapi: '3.0' }).schemas.OzNotExist, 'error_code')).toEqual({
      type: 'integer',
      enum: [10],
    })
  })
})
