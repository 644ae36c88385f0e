import { ozResponses } from 'oz-errors/openapi'
import { ozZodResponses } from 'oz-errors/openapi/zod'
import { describe, expect, it } from 'vitest'

describe('ozResponses, the kinds of one status', () => {
  it('lists the kinds of a status in order of code, whatever order they are given in', () => {
    const responses = ozResponses('INVALID_VALUE', 'INVALID_TYPE', 'INVALID_STRUCTURE', 'INVALID_VALUE')
    expect(responses['400'].description).toBe(
      'INVALID_STRUCTURE (3): Incorrect structure of request; ' +
        'INVALID_VALUE (4): Incorrect value of the parameter inside request body or query; ' +
        'INVALID_TYPE (5): The invalid data type of the request parameter',
    )
    expect(Object.keys(responses['400'].content['application/json'].examples)).toEqual([
      'INVALID_STRUCTURE',
      'INVALID_VALUE',
      'INVALID_TYPE',
    ])
  })

  it('documents nothing for no kinds', () => {
    expect(ozResponses()).toEqual({})
    expect(ozZodResponses()).toEqual({})
  })

  it('writes OpenAPI 3.1 by default and 3.0 when asked', () => {
    const schema = (openapi?: '3.0' | '3.1') =>
      ozResponses(['NOT_EXIST'], openapi === undefined ? {} : { openapi })['404'].content['application/json']
        .schema as { properties: Record<string, unknown> }
    expect(schema().properties.error_code).toEqual({ const: 10 })
    expect(schema('3.1').properties.error_code).toEqual({ const: 10 })
    expect(schema('3.0').properties.error_code).toEqual({ type: 'integer', enum: [10] })
  })
})
