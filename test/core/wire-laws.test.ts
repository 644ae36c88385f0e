import fc from 'fast-check'
import { fromWire, OZ_KINDS, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { kindArb, listedMembers, ozErrorArb, validBodyArb } from '../support/arbitraries.js'
import { zodBody } from '../support/zod-body.js'

const everything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
  maxDepth: 4,
})

// What an `ok` promises, checked against an oracle written apart from the decoder (the zod
// schema of the decode benchmark, which checks each kind's listed members): the input is a body
// it accepts too, and the result carries the input's code and message.
const expectHonestOk = (input: unknown): void => {
  const result = fromWire(input)
  if (result.isErr()) return
  expect(zodBody.safeParse(input).success).toBe(true)
  const body = input as Record<string, unknown>
  expect(result.value.code).toBe(body.error_code)
  expect(result.value.message).toBe(body.error_message)
}

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('the laws', () => {
  it('law 1: every error without cause survives toWire, JSON and fromWire unchanged', () => {
    fc.assert(
      fc.property(ozErrorArb, (error) => {
        expect(fromWire(viaJson(toWire(error)))._unsafeUnwrap()).toStrictEqual(error)
      }),
      { numRuns: 500 },
    )
  })

  it('law 3: a valid body decodes to a canonical one, and a second round trip changes nothing', () => {
    fc.assert(
      fc.property(validBodyArb, (body) => {
        const once = toWire(fromWire(body)._unsafeUnwrap())
        expect(Object.keys(once)).toEqual(['error_code', 'error_message', 'details'])
        expect(once.details === null || typeof once.details === 'object').toBe(true)
        const twice = toWire(fromWire(viaJson(once))._unsafeUnwrap())
        expect(twice).toStrictEqual(once)
      }),
      { numRuns: 500 },
    )
  })
})

describe('law 2: fromWire returns for every input, and is ok only for valid bodies', () => {
  it('never throws on anything fast-check can build', () => {
    fc.assert(
      fc.property(everything, (input) => {
        expect(() => fromWire(input)).not.toThrow()
        expectHonestOk(input)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on body-shaped records whose members are anything', () => {
    const body = fc.record(
      {
        error_code: fc.oneof(fc.integer({ min: -2, max: 14 }), everything),
        error_message: everything,
        details: everything,
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(body, (input) => {
        expect(() => fromWire(input)).not.toThrow()
        expectHonestOk(input)
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses a valid body once a listed member is given the wrong type, and names that member', () => {
    const arb = kindArb
      .filter((kind) => listedMembers(kind).length > 0)
      .chain((kind) =>
        fc.record({
          kind: fc.constant(kind),
          member: fc.constantFrom(...listedMembers(kind)),
          wrong: fc.constantFrom(-1, true, { nested: true }, [{}]),
        }),
      )
    fc.assert(
      fc.property(arb, ({ kind, member, wrong }) => {
        const input = { error_code: OZ_KINDS[kind].code, error_message: 'x', details: { [member]: wrong } }
        const failure = fromWire(input)._unsafeUnwrapErr()
        expect(failure.path.startsWith(`details.${member}`)).toBe(true)
        expect(failure.input).toBe(input)
      }),
    )
  })

  it('accepts every valid body', () => {
    fc.assert(
      fc.property(validBodyArb, (body) => {
        expect(fromWire(body).isOk()).toBe(true)
      }),
    )
  })
})
