import { fromWire, MAX_DEPTH } from 'oz-errors'
import { describe, expect, it } from 'vitest'

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
