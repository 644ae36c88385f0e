import fc from 'fast-check'
import { fromWire, MAX_DEPTH, OZ_KINDS } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { kindArb, listedMembers, validBodyArb } from '../support/arbitraries.js'
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

const body = (details: unknown) => ({ error_code: 0, error_message: 'x', details })

describe('hostile inputs, by name', () => {
  it('refuses 100,000 levels of nesting with a reason, without a stack overflow', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)
    const failure = fromWire(body(deep))._unsafeUnwrapErr()
    expect(failure.message).toBe(`nesting deeper than ${MAX_DEPTH} levels is refused`)
  })

  it('accepts nesting just inside the limit', () => {
    const depth = MAX_DEPTH - 2
    const deep = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)
    expect(fromWire(body({ deep })).isOk()).toBe(true)
  })

  it('refuses a cycle', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(fromWire(body(cyclic))._unsafeUnwrapErr()).toMatchObject({
      path: 'details.self',
      message: /cycle/,
    })
  })

  it('walks a value shared 2^900 ways once, so the work stays linear', () => {
    let shared: unknown = 1
    for (let i = 0; i < 900; i++) shared = { left: shared, right: shared }
    expect(fromWire(body({ shared })).isOk()).toBe(true)
  })

  it('turns a getter that throws into an err, without repeating its text', () => {
    const details = {
      get boom(): never {
        throw new Error('password=hunter2')
      },
    }
    const failure = fromWire(body(details))._unsafeUnwrapErr()
    expect(failure.message).not.toContain('hunter2')
  })

  it('turns a proxy whose every trap throws into an err', () => {
    const trap = () => {
      throw new Error('trap')
    }
    const hostile = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap })
    expect(fromWire(hostile).isErr()).toBe(true)
    expect(fromWire(body(hostile)).isErr()).toBe(true)
  })

  it.each([
    ['a BigInt', 10n],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s inside details', (_, value) => {
    expect(fromWire(body({ value }))._unsafeUnwrapErr().path).toBe('details.value')
  })

  it('refuses a BigInt code', () => {
    expect(fromWire({ error_code: 4n, error_message: 'x' })._unsafeUnwrapErr().path).toBe('error_code')
  })

  it('carries a 10 MB message through untouched', () => {
    const message = 'x'.repeat(10_000_000)
    expect(fromWire({ error_code: 0, error_message: message })._unsafeUnwrap().message).toBe(message)
  })

  it('never writes to Object.prototype, whatever the keys', () => {
    const input = JSON.parse(
      '{"error_code":10,"error_message":"x","__proto__":{"hacked":1},"details":{"resource":"r","constructor":{"prototype":{"hacked":1}},"__proto__":{"hacked":1}}}',
    )
    expect(fromWire(input).isOk()).toBe(true)
    expect(Object.prototype).not.toHaveProperty('hacked')
  })
})
