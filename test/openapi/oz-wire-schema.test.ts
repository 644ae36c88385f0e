import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { fromWire, OZ_ERROR_KINDS, OZ_KINDS, type OzErrorKind } from 'oz-errors'
import { ozWireSchema } from 'oz-errors/openapi'
import { describe, expect, it } from 'vitest'
import { detailsOf, kindArb, listedMembers, validBodyArb } from '../support/arbitraries.js'

const ajv = new Ajv2020({ strict: true, allErrors: false })
const all = ajv.compile(ozWireSchema())
const byKind = Object.fromEntries(
  OZ_ERROR_KINDS.map((kind) => [kind, ajv.compile(ozWireSchema(kind))]),
) as Record<OzErrorKind, ReturnType<typeof ajv.compile>>

const kindOf = (body: Record<string, unknown>): OzErrorKind =>
  OZ_ERROR_KINDS[body.error_code as number] as OzErrorKind

const json = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown)

// A member of a details object replaced by any JSON value: often of the wrong type.
const scrambled = kindArb.chain((kind) =>
  fc
    .tuple(detailsOf(kind), fc.constantFrom(...listedMembers(kind), 'extra'), json)
    .map(([details, key, value]) => ({
      ...details,
      [key]: value,
    })),
)

// Bodies of every shape, right and wrong: codes in and out of range, messages of any type,
// details of another kind, of the wrong type, or with a member scrambled.
const anyBody = fc
  .record(
    {
      error_code: fc.oneof(fc.integer({ min: -1, max: 13 }), json),
      error_message: fc.oneof(fc.string(), json),
      details: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.string(),
        json,
        kindArb.chain(detailsOf),
        scrambled,
      ),
    },
    { requiredKeys: ['error_code', 'error_message'], noNullPrototype: true },
  )
  .map((body) => JSON.parse(JSON.stringify(body)) as unknown)

describe('ozWireSchema agrees with fromWire', () => {
  it('validates every body fromWire accepts, against its kind and against the union', () => {
    fc.assert(
      fc.property(validBodyArb, (body) => {
        const wire = JSON.parse(JSON.stringify(body)) as Record<string, unknown>
        expect(fromWire(wire).isOk()).toBe(true)
        expect(byKind[kindOf(wire)](wire)).toBe(true)
        expect(all(wire)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('accepts and refuses exactly what fromWire does, for bodies of any shape', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        expect([all(body), body]).toEqual([fromWire(body).isOk(), body])
      }),
      { numRuns: 2000 },
    )
  })

  it('refuses a body whose details are another kind’s, where fromWire does', () => {
    const mismatched = fc
      .tuple(kindArb, kindArb)
      .chain(([kind, other]) =>
        detailsOf(other).map((details) => ({ error_code: OZ_KINDS[kind].code, error_message: 'x', details })),
      )
    fc.assert(
      fc.property(mismatched, (body) => {
        expect(byKind[kindOf(body)](body)).toBe(fromWire(body).isOk())
      }),
      { numRuns: 500 },
    )
  })

  it.each([
    ['NOT_EXIST without its resource', { error_code: 10, error_message: 'x', details: {} }],
    ['a negative retry_after', { error_code: 12, error_message: 'x', details: { retry_after: -1 } }],
    ['a bare string for NOT_EXIST', { error_code: 10, error_message: 'x', details: 'id' }],
    ['a fractional omitted_issues', { error_code: 3, error_message: 'x', details: { omitted_issues: 0.5 } }],
    ['a code of another model', { error_code: 13, error_message: 'x' }],
    [
      'an issue without a message',
      { error_code: 3, error_message: 'x', details: { issues: [{ key_path: '' }] } },
    ],
  ])('refuses %s, as fromWire does', (_, body) => {
    expect(fromWire(body).isErr()).toBe(true)
    expect(all(body)).toBe(false)
  })

  it('accepts a bare string naming the field for codes 3 to 5, and an absent details', () => {
    for (const code of [3, 4, 5])
      expect(all({ error_code: code, error_message: 'x', details: 'offset' })).toBe(true)
    expect(all({ error_code: 10, error_message: 'x' })).toBe(true)
  })

  it('derives from the decoder’s table: omitted_issues is documented as a count fromWire takes', () => {
    const details = (ozWireSchema('INVALID_STRUCTURE').properties as Record<string, { oneOf: object[] }>)
      .details
    expect(details?.oneOf).toContainEqual({
      type: 'object',
      properties: expect.objectContaining({
        omitted_issues: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
      }),
    })
  })

  it('refuses a count past 2^53 - 1, as fromWire does', () => {
    const body = { error_code: 3, error_message: 'x', details: { omitted_issues: 2 ** 60 } }
    expect(fromWire(body).isErr()).toBe(true)
    expect(new Ajv2020({ strict: false }).validate(ozWireSchema('INVALID_STRUCTURE'), body)).toBe(false)
  })
})
