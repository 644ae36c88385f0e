import { fromWire, OzErr, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('toWire', () => {
  it('writes the members in the API order and leaves the cause out', () => {
    const error = OzErr.invalidValue({ details: { key_path: 'limit' }, cause: new Error('SELECT secret') })
    expect(JSON.stringify(toWire(error))).toBe(
      '{"error_code":4,"error_message":"Incorrect value of the parameter inside request body or query","details":{"key_path":"limit"}}',
    )
  })
})

describe('fromWire accepts what real servers send', () => {
  it('decodes the sample body of the API documentation', () => {
    const body = { error_code: 0, error_message: 'Unknown server side error occurred', details: null }
    expect(fromWire(body)._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
  })

  it('decodes absent details as null', () => {
    expect(fromWire({ error_code: 10, error_message: 'gone' })._unsafeUnwrap().details).toBeNull()
  })

  it.each([3, 4, 5])('decodes a bare string as { key_path } for code %i', (code) => {
    const error = fromWire({ error_code: code, error_message: 'bad', details: 'offset' })._unsafeUnwrap()
    expect(error.details).toStrictEqual({ key_path: 'offset' })
  })

  it('drops extra top-level members and keeps extra detail members', () => {
    const body = {
      error_code: 10,
      error_message: 'x',
      trace_id: 'abc',
      details: { resource: 'folder', hint: [1] },
    }
    expect(toWire(fromWire(body)._unsafeUnwrap())).toStrictEqual({
      error_code: 10,
      error_message: 'x',
      details: { resource: 'folder', hint: [1] },
    })
  })

  it('keeps a "__proto__" member as plain data without touching any prototype', () => {
    const body = JSON.parse('{"error_code":0,"error_message":"x","details":{"__proto__":{"polluted":true}}}')
    const error = fromWire(body)._unsafeUnwrap()
    expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype)
    expect(Object.hasOwn(error.details ?? {}, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(JSON.stringify(toWire(error))).toContain('"__proto__":{"polluted":true}')
  })
})

describe('fromWire refuses, saying what and where', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['a code above 12', { error_code: 13, error_message: 'x' }, 'error_code', /0 to 12/],
    ['a negative code', { error_code: -1, error_message: 'x' }, 'error_code', /integer error_code/],
    ['a fractional code', { error_code: 4.5, error_message: 'x' }, 'error_code', /integer/],
    ['a code as a string', { error_code: '4', error_message: 'x' }, 'error_code', /got a string/],
    ['no code at all', { error_message: 'x' }, 'error_code', /got none/],
    ['a message that is not a string', { error_code: 1, error_message: 7 }, 'error_message', /string/],
    ['an array body', [1, 2], '', /an array/],
    [
      'details as a number',
      { error_code: 0, error_message: 'x', details: 3 },
      'details',
      /null or an object/,
    ],
    [
      'a bare string where no field is named',
      { error_code: 10, error_message: 'x', details: 'f' },
      'details',
      /object/,
    ],
    [
      'NOT_EXIST without a resource',
      { error_code: 10, error_message: 'x', details: {} },
      'details.resource',
      /resource/,
    ],
    [
      'NOT_ALLOWED with a number among the allowed',
      { error_code: 1, error_message: 'x', details: { method: 'PUT', allowed: ['GET', 1] } },
      'details.allowed.1',
      /string/,
    ],
    [
      'a negative retry_after',
      { error_code: 12, error_message: 'x', details: { retry_after: -5 } },
      'details.retry_after',
      /seconds/,
    ],
    [
      'a fractional omitted_issues',
      { error_code: 3, error_message: 'x', details: { omitted_issues: 1.5 } },
      'details.omitted_issues',
      /count/,
    ],
    [
      'a negative omitted_issues',
      { error_code: 3, error_message: 'x', details: { omitted_issues: -1 } },
      'details.omitted_issues',
      /count/,
    ],
    [
      'an issue without a message',
      { error_code: 3, error_message: 'x', details: { issues: [{ key_path: 'a' }] } },
      'details.issues.0',
      /message/,
    ],
    [
      'a non-finite extra',
      { error_code: 0, error_message: 'x', details: { n: Number.NaN } },
      'details.n',
      /JSON/,
    ],
  ]

  it.each(cases)('refuses %s', (_, input, path, message) => {
    const failure = fromWire(input)._unsafeUnwrapErr()
    expect(failure.path).toBe(path)
    expect(failure.message).toMatch(message)
    expect(failure.input).toBe(input)
  })
})
