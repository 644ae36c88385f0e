// The reason fromWire gives for each body it refuses, down to the member at fault: what a
// client logs when a server sends something that is not of this model.
import { fromWire, OzErr, toWire } from 'oz-errors'
import { afterEach, describe, expect, it } from 'vitest'

const refusal = (input: unknown) => {
  const { message, path } = fromWire(input)._unsafeUnwrapErr()
  return { message, path }
}

const body = (code: number, details: unknown) => ({ error_code: code, error_message: 'm', details })
const notExist = (extra: Record<string, unknown>) => body(10, { resource: 'folder', ...extra })

describe('fromWire names the type of what it refuses, never the value', () => {
  it.each([
    ['a number', 5],
    ['a non-finite number', Number.POSITIVE_INFINITY],
    ['a string', 'oops'],
    ['a boolean', true],
    ['a bigint', 5n],
    ['a symbol', Symbol('s')],
    ['a function', () => 1],
    ['none', undefined],
    ['null', null],
    ['an array', [1]],
    ['a class instance', new Map()],
  ])('a body that is %s', (got, input) => {
    expect(refusal(input)).toStrictEqual({
      message: `expected an error body (an object), got ${got}`,
      path: '',
    })
  })

  it.each([
    ['a string', '3'],
    ['a number', 3.5],
    ['a number', -1],
    ['a number', 13],
    ['none', undefined],
  ])('an error_code that is not of the model (got %s)', (got, code) => {
    expect(refusal({ error_code: code, error_message: 'm' })).toStrictEqual({
      message: `expected an integer error_code from 0 to 12, got ${got}`,
      path: 'error_code',
    })
  })

  it('accepts a body made with a null prototype, as a parser without prototypes makes it', () => {
    const input = Object.assign(Object.create(null), toWire(OzErr.notExist({ details: { resource: 'f' } })))
    const details = Object.assign(Object.create(null), { resource: 'f', extra: Object.create(null) })
    expect(fromWire({ ...input, details })._unsafeUnwrap()).toStrictEqual(
      OzErr.notExist({ details: { resource: 'f', extra: {} } }),
    )
  })

  it('an input whose getter throws, without repeating what it threw', () => {
    const input = {
      error_code: 10,
      get error_message(): string {
        throw new Error('secret token abc')
      },
    }
    expect(refusal(input)).toStrictEqual({ message: 'reading the input threw', path: '' })
  })
})

describe('fromWire checks the listed details members of each kind', () => {
  it.each([
    [10, { resource: 5 }, 'expected a string in NOT_EXIST details, got a number', 'details.resource'],
    [10, { resource: 'f', id: null }, 'expected a string in NOT_EXIST details, got null', 'details.id'],
    [
      9,
      { required: 'admin' },
      'expected an array in AUTH_FORBIDDEN details, got a string',
      'details.required',
    ],
    [
      9,
      { required: ['a', 1] },
      'expected a string in AUTH_FORBIDDEN details, got a number',
      'details.required.1',
    ],
    [
      12,
      { retry_after: -1 },
      'expected seconds (a number >= 0) in DATABASE details, got a number',
      'details.retry_after',
    ],
    [
      12,
      { retry_after: '5' },
      'expected seconds (a number >= 0) in DATABASE details, got a string',
      'details.retry_after',
    ],
    [
      3,
      { omitted_issues: 1.5 },
      'expected a count (an integer >= 0) in INVALID_STRUCTURE details, got a number',
      'details.omitted_issues',
    ],
    [3, { issues: 'x' }, 'expected an array in INVALID_STRUCTURE details, got a string', 'details.issues'],
    [
      3,
      { issues: ['x'] },
      'expected an issue (key_path and message strings) in INVALID_STRUCTURE details, got a string',
      'details.issues.0',
    ],
    [
      3,
      { issues: [{ key_path: 'a' }] },
      'expected an issue (key_path and message strings) in INVALID_STRUCTURE details, got an object',
      'details.issues.0',
    ],
    [
      3,
      { issues: [{ message: 'm' }] },
      'expected an issue (key_path and message strings) in INVALID_STRUCTURE details, got an object',
      'details.issues.0',
    ],
    [
      3,
      { issues: [{ key_path: 5, message: 'm' }] },
      'expected an issue (key_path and message strings) in INVALID_STRUCTURE details, got an object',
      'details.issues.0',
    ],
    [10, {}, 'expected "resource" in NOT_EXIST details, got none', 'details.resource'],
    [1, { method: 'GET' }, 'expected "allowed" in NOT_ALLOWED details, got none', 'details.allowed'],
  ])('code %i with %j', (code, details, message, path) => {
    expect(refusal(body(code, details))).toStrictEqual({ message, path })
  })

  it('accepts each check at its edge', () => {
    expect(fromWire(body(12, { retry_after: 0 }))._unsafeUnwrap().details).toStrictEqual({ retry_after: 0 })
    expect(fromWire(body(11, { service: 's', retry_after: 2.5 }))._unsafeUnwrap().details).toStrictEqual({
      service: 's',
      retry_after: 2.5,
    })
    expect(fromWire(body(3, { omitted_issues: 0, issues: [] }))._unsafeUnwrap().details).toStrictEqual({
      omitted_issues: 0,
      issues: [],
    })
    const issues = [{ key_path: 'a', message: 'm' }]
    expect(fromWire(body(3, { issues }))._unsafeUnwrap().details).toStrictEqual({ issues })
  })

  it.each([
    [2, 'a string', 'NOT_REALIZED details: null or an object'],
    [6, 'a string', 'AUTH_NOT_PROVIDED details: null or an object'],
  ])('refuses a bare string as the details of code %i, which names no field', (code, got, what) => {
    expect(refusal(body(code, 'offset'))).toStrictEqual({
      message: `expected ${what}, got ${got}`,
      path: 'details',
    })
  })

  it.each([
    [4, 'INVALID_VALUE details: null, an object or a field name'],
    [10, 'NOT_EXIST details: null or an object'],
  ])('refuses details that are neither an object nor a field name (code %i)', (code, what) => {
    expect(refusal(body(code, 7))).toStrictEqual({
      message: `expected ${what}, got a number`,
      path: 'details',
    })
  })
})

describe('fromWire copies extra details members as JSON has them', () => {
  it.each([
    ['a function', { f: () => 1 }, 'details.f'],
    ['a non-finite number', { n: Number.NaN }, 'details.n'],
    ['a symbol', { s: Symbol('s') }, 'details.s'],
    ['a function', { a: { b: [1, 'x', () => 1] } }, 'details.a.b.2'],
    ['a non-finite number', { a: [[Number.POSITIVE_INFINITY]] }, 'details.a.0.0'],
    ['none', { a: [1, undefined] }, 'details.a.1'],
    ['a class instance', { a: { when: new Date(0) } }, 'details.a.when'],
    ['a class instance', { a: [new Map()] }, 'details.a.0'],
  ])('refuses %s among them, at its path', (got, extra, path) => {
    expect(refusal(notExist(extra))).toStrictEqual({ message: `expected a JSON value, got ${got}`, path })
  })

  it('drops an undefined member, as JSON.stringify would, and keeps null', () => {
    const details = fromWire(notExist({ gone: undefined, kept: null, inner: { gone: undefined, n: null } }))
    expect(details._unsafeUnwrap().details).toStrictEqual({
      resource: 'folder',
      kept: null,
      inner: { n: null },
    })
  })

  it('refuses a value that contains itself, at the member that closes the cycle', () => {
    const loop: Record<string, unknown> = { a: 1 }
    loop.self = loop
    expect(refusal(notExist({ loop }))).toStrictEqual({
      message: 'a cycle: the value contains itself',
      path: 'details.loop.self',
    })
    const list: unknown[] = []
    list.push({ back: list })
    expect(refusal(notExist({ list }))).toStrictEqual({
      message: 'a cycle: the value contains itself',
      path: 'details.list.0.back',
    })
  })

  it('refuses details that contain themselves', () => {
    const details: Record<string, unknown> = { resource: 'f' }
    details.me = { again: details }
    expect(refusal(body(10, details))).toStrictEqual({
      message: 'a cycle: the value contains itself',
      path: 'details.me.again',
    })
  })

  it('copies a value reached twice, once, and keeps both places', () => {
    const shared = { x: [1, 2] }
    const details = fromWire(notExist({ a: shared, b: [shared] }))._unsafeUnwrap().details as Record<
      string,
      unknown
    >
    expect(details).toStrictEqual({ resource: 'folder', a: { x: [1, 2] }, b: [{ x: [1, 2] }] })
    expect(details.a).not.toBe(shared)
  })

  const nest = (levels: number, leaf: unknown, wrap: (inner: unknown) => unknown) => {
    let value = leaf
    for (let i = 0; i < levels; i++) value = wrap(value)
    return value
  }

  it.each([
    ['arrays', (inner: unknown) => [inner]],
    ['objects', (inner: unknown) => ({ n: inner })],
  ])('accepts nesting 1000 levels deep in %s and refuses one level more', (_, wrap) => {
    // `details` is level 1 and `deep` level 2: 999 containers in it reach level 1000.
    expect(fromWire(notExist({ deep: nest(999, 1, wrap) })).isOk()).toBe(true)
    const refused = refusal(notExist({ deep: nest(1000, 1, wrap) }))
    expect(refused.message).toBe('nesting deeper than 1000 levels is refused')
    expect(refused.path.split('.')).toHaveLength(1001)
  })

  it('names a value JSON cannot hold for what it is, even past the nesting limit', () => {
    const refused = refusal(
      notExist({
        deep: nest(
          999,
          () => 1,
          (inner) => [inner],
        ),
      }),
    )
    expect(refused.message).toBe('expected a JSON value, got a function')
    expect(refused.path.split('.')).toHaveLength(1001)
  })

  describe('with a polluted Object.prototype', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).polluted
    })

    it('copies no inherited member into the details', () => {
      ;(Object.prototype as Record<string, unknown>).polluted = { admin: true }
      const details = fromWire(notExist({ inner: { a: 1 } }))._unsafeUnwrap().details as object
      expect(Object.hasOwn(details, 'polluted')).toBe(false)
      expect(Object.hasOwn((details as { inner: object }).inner, 'polluted')).toBe(false)
    })

    it('refuses nothing for an inherited member JSON could not hold', () => {
      ;(Object.prototype as Record<string, unknown>).polluted = () => 'admin'
      const details = fromWire(notExist({ inner: { a: 1 } }))._unsafeUnwrap().details as object
      expect(details).toStrictEqual({ resource: 'folder', inner: { a: 1 } })
      expect(Object.hasOwn(details, 'polluted')).toBe(false)
    })
  })
})
