import { Writable } from 'node:stream'
import { type JsonValue, OzErr, OzException } from 'oz-errors'
import { ozErrorSerializer } from 'oz-errors/observe'
import pino from 'pino'
import { describe, expect, it } from 'vitest'

// The `err` member of the one line pino writes for `value`, through the serializer.
const logged = (value: unknown): Record<string, unknown> => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  pino({ serializers: { err: ozErrorSerializer } }, stream).error({ err: value }, 'request failed')
  expect(lines).toHaveLength(1)
  return (JSON.parse(lines[0] ?? '') as { err: Record<string, unknown> }).err
}

// The links of a serialized cause chain, outermost first.
const links = (value: unknown): Record<string, unknown>[] => {
  const out: Record<string, unknown>[] = []
  let link = (value as { cause?: Record<string, unknown> }).cause
  while (link !== undefined) {
    out.push(link)
    link = link.cause as Record<string, unknown> | undefined
  }
  return out
}

describe('ozErrorSerializer, the cause chain', () => {
  it('writes a cause that is not an error by its type and its text', () => {
    const error = (cause: unknown) => ozErrorSerializer(new Error('failed', { cause })).cause
    expect(error('timeout\nafter 5 s')).toEqual({ type: 'string', message: 'timeout\\u000aafter 5 s' })
    expect(error(42)).toEqual({ type: 'number', message: '42' })
    expect(error(null)).toEqual({ type: 'object', message: 'null' })
    expect(error({ message: 'from the pool', cause: 'socket' })).toEqual({
      type: 'Object',
      message: 'from the pool',
      cause: { type: 'string', message: 'socket' },
    })
    expect(error({ code: 'ECONNRESET' })).toEqual({ type: 'Object', message: '[object Object]' })
  })

  it('names a link by its constructor, escaped, or "Object" when it has no usable name', () => {
    class PoolTimeout {
      message = 'pool exhausted'
    }
    const typeOf = (cause: unknown) => ozErrorSerializer(new Error('failed', { cause })).cause?.type
    expect(typeOf(new PoolTimeout())).toBe('PoolTimeout')
    expect(typeOf({ constructor: { name: 'Forged\nName' } })).toBe('Forged\\u000aName')
    expect(typeOf({ constructor: { name: '' } })).toBe('Object')
    expect(typeOf({ constructor: { name: 7 } })).toBe('Object')
    expect(typeOf(Object.create(null))).toBe('Object')
  })

  it('prints what cannot be printed as a placeholder, keeping the rest of the line', () => {
    expect(logged(new Error('failed', { cause: Object.create(null) }))).toMatchObject({
      type: 'Error',
      message: 'failed',
      cause: { type: 'Object', message: '(a value that cannot be printed)' },
    })
  })

  it('takes an error’s own message even when it is not a string', () => {
    const odd = Object.assign(new Error('x'), { message: 404 })
    expect(ozErrorSerializer(odd)).toMatchObject({ type: 'Error', message: '404' })
  })

  it('does not walk the members of a value that is not an object', () => {
    const check = Object.assign(() => true, { cause: 'hidden' })
    const out = ozErrorSerializer(new Error('failed', { cause: check })).cause
    expect(out?.type).toBe('function')
    expect(out).not.toHaveProperty('cause')
  })

  it('writes each link’s stack on one line', () => {
    const out = logged(new Error('outer', { cause: new TypeError('inner') }))
    const inner = links(out)[0] as { stack: string }
    expect(inner.stack).toContain('TypeError: inner')
    expect(inner.stack).not.toContain('\n')
    expect(out.stack).toContain('Error: outer')
  })

  it('cuts a chain after 32 links below the top, so a cycle never loops', () => {
    const cyclic = new Error('again')
    ;(cyclic as { cause?: unknown }).cause = cyclic
    const chain = links(logged(cyclic))
    expect(chain).toHaveLength(33)
    expect(chain.slice(0, 32).every((link) => link.message === 'again')).toBe(true)
    expect(chain[32]).toEqual({ type: 'cut', message: '…' })

    let deep: unknown = new Error('root')
    for (let i = 0; i < 40; i += 1) deep = new Error(`link ${i}`, { cause: deep })
    const written = links(ozErrorSerializer(deep))
    expect(written).toHaveLength(33)
    expect(written[31]?.message).toBe('link 7')
    expect(written[32]).toEqual({ type: 'cut', message: '…' })
  })

  it('cuts an Oz error’s chain at the same link as any error’s', () => {
    let deep: unknown = new Error('root')
    for (let i = 0; i < 40; i += 1) deep = new Error(`link ${i}`, { cause: deep })
    const chain = links(ozErrorSerializer(new OzException(OzErr.database({ cause: deep }))))
    expect(chain).toHaveLength(33)
    expect(chain[0]?.message).toBe('link 39')
    expect(chain[31]?.message).toBe('link 8')
    expect(chain[32]).toEqual({ type: 'cut', message: '…' })
  })
})

describe('ozErrorSerializer, an Oz error', () => {
  it('writes an OzException’s own stack, on one line', () => {
    const out = logged(new OzException(OzErr.notExist({ details: { resource: 'folder' } })))
    expect(out.type).toBe('OzException')
    expect(typeof out.stack).toBe('string')
    expect(out.stack).not.toContain('\n')
    expect(out.stack).toMatch(/at /)
  })

  it('writes no cause and no stack for a plain OzError without them', () => {
    expect(ozErrorSerializer(OzErr.notExist({ details: { resource: 'folder' } }))).toEqual({
      type: 'OzError',
      message: OzErr.notExist().message,
      kind: 'NOT_EXIST',
      code: 10,
      details: { resource: 'folder' },
    })
  })

  it('answers a value that throws when read with a fixed placeholder', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
        getPrototypeOf: () => {
          throw new Error('trap')
        },
      },
    )
    expect(ozErrorSerializer(hostile)).toEqual({
      type: 'unknown',
      message: '(a value that cannot be serialized)',
    })
    expect(logged(hostile)).toEqual({ type: 'unknown', message: '(a value that cannot be serialized)' })
  })
})

describe('ozErrorSerializer, details', () => {
  const details = (value: JsonValue) =>
    ozErrorSerializer(OzErr.invalidValue({ details: { key_path: 'a', value } })).details as {
      value: unknown
    }

  it('keeps numbers, booleans and null as they are, and escapes strings in arrays', () => {
    expect(details([1, true, null, 'a\tb', ['c\u0007']]).value).toEqual([
      1,
      true,
      null,
      'a\\u0009b',
      ['c\\u0007'],
    ])
  })

  it('writes details nested deeper than 32 levels as "[deep]"', () => {
    let nested: JsonValue = 'bottom'
    for (let i = 0; i < 40; i += 1) nested = i % 2 === 0 ? [nested] : { next: nested }
    let walked = details(nested).value
    let levels = 0
    while (typeof walked === 'object' && walked !== null) {
      walked = Array.isArray(walked) ? walked[0] : (walked as { next: unknown }).next
      levels += 1
    }
    // details is level 0, its `value` level 1: 31 levels of nesting are written, then '[deep]'.
    expect(levels).toBe(31)
    expect(walked).toBe('[deep]')
  })

  it('gives details a logger or redactor can change, as pino’s own objects are', () => {
    const out = details({ token: 'secret' }) as { value: Record<string, unknown> }
    out.value.token = '[redacted]'
    expect(out.value.token).toBe('[redacted]')
    delete out.value.token
    expect(out.value).toEqual({})
  })
})
