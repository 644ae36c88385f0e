// The documents ozWireSchema and ozProblemSchema write, member by member, as a reader of the
// OpenAPI document sees them (built inside each test).
import { OZ_ERROR_KINDS } from 'oz-errors'
import { ozComponents, ozProblemSchema, ozWireSchema } from 'oz-errors/openapi'
import { describe, expect, it } from 'vitest'

const member = (schema: { properties?: unknown } | undefined, name: string): unknown =>
  (schema?.properties as Record<string, unknown> | undefined)?.[name]

const DIALECT = 'https://json-schema.org/draft/2020-12/schema'
const VALUE_DETAILS = {
  type: 'object',
  required: ['key_path'],
  properties: { key_path: { type: 'string' }, reason: { type: 'string' } },
}
const BARE = { type: 'string', description: 'The field at fault, as `{ key_path }`' }

describe('ozWireSchema', () => {
  it('documents one kind in full, in the 2020-12 dialect', () => {
    expect(ozWireSchema('INVALID_VALUE')).toEqual({
      $schema: DIALECT,
      title: 'INVALID_VALUE',
      description: 'INVALID_VALUE (4): Incorrect value of the parameter inside request body or query',
      type: 'object',
      required: ['error_code', 'error_message'],
      properties: {
        error_code: { const: 4 },
        error_message: { type: 'string' },
        details: { oneOf: [{ type: 'null' }, VALUE_DETAILS, BARE] },
      },
    })
  })

  it('lists no members for a kind whose details have none', () => {
    expect(member(ozWireSchema('UNKNOWN'), 'details')).toEqual({
      oneOf: [{ type: 'null' }, { type: 'object' }],
    })
  })

  it('documents every kind as a oneOf when no kind is given', () => {
    const all = ozWireSchema()
    expect(all.$schema).toBe(DIALECT)
    expect(all.title).toBe('OzError')
    expect(all.oneOf).toEqual(
      OZ_ERROR_KINDS.map((kind) => (({ $schema: _, ...rest }) => rest)(ozWireSchema(kind))),
    )
  })
})

describe('ozProblemSchema', () => {
  it('documents a kind that names a field, with errors required', () => {
    expect(ozProblemSchema('INVALID_VALUE')).toEqual({
      $schema: DIALECT,
      title: 'INVALID_VALUE problem',
      description:
        'INVALID_VALUE (4) as RFC 9457 problem details: Incorrect value of the parameter inside request body or query',
      type: 'object',
      required: ['type', 'title', 'status', 'detail', 'error_code', 'details', 'errors'],
      properties: {
        type: {
          type: 'string',
          pattern: '(^|[:/#])invalid-value$',
          description: 'The type base, then `invalid-value`',
        },
        title: { const: 'Incorrect value of the parameter inside request body or query' },
        status: { const: 400 },
        detail: { type: 'string' },
        instance: { type: 'string' },
        error_code: { const: 4 },
        details: { oneOf: [{ type: 'null' }, VALUE_DETAILS, BARE] },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['pointer', 'detail'],
            properties: { pointer: { type: 'string' }, detail: { type: 'string' } },
          },
        },
      },
    })
  })

  it('documents a kind that names no field without errors', () => {
    const schema = ozProblemSchema('NOT_EXIST')
    expect(schema.required).toEqual(['type', 'title', 'status', 'detail', 'error_code', 'details'])
    expect(schema.properties).not.toHaveProperty('errors')
    expect(member(schema, 'type')).toEqual({
      type: 'string',
      pattern: '(^|[:/#])not-exist$',
      description: 'The type base, then `not-exist`',
    })
  })

  it('documents every kind as a oneOf when no kind is given', () => {
    const all = ozProblemSchema()
    expect(all).toMatchObject({ $schema: DIALECT, title: 'OzProblem' })
    expect(all.oneOf).toEqual(
      OZ_ERROR_KINDS.map((kind) => (({ $schema: _, ...rest }) => rest)(ozProblemSchema(kind))),
    )
  })
})

describe('the schemas in OpenAPI 3.0', () => {
  it('make details nullable, beside a bare string for a kind that names a field', () => {
    const { schemas } = ozComponents({ openapi: '3.0' })
    expect(member(schemas.OzInvalidValue, 'details')).toEqual({
      oneOf: [{ ...VALUE_DETAILS, nullable: true }, BARE],
    })
    expect(member(schemas.OzInvalidValue, 'error_code')).toEqual({ type: 'integer', enum: [4] })
    expect(member(schemas.OzNotExist, 'details')).toEqual({
      type: 'object',
      required: ['resource'],
      properties: { resource: { type: 'string' }, id: { type: 'string' } },
      nullable: true,
    })
  })
})
