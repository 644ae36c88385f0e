// What the default log line of a masked error prints of the thrown value (core/internal/log-line.ts,
// read through errorHandler's default onUnexpected): an error's stack with its causes and an
// AggregateError's errors, both to a bounded depth; another value as JSON or text; cut past 16 KiB.
import { Hono } from 'hono'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'
import { consoleErrorCalls } from '../../support/log-lines.js'

const PREFIX = 'oz-errors: GET "/" failed unexpectedly; answered UNKNOWN 500: '

// The part of the default log line that prints what `thrown` was.
const printed = async (thrown: unknown): Promise<string> => {
  const app = new Hono()
    .use(wrapNonErrors())
    .get('/', () => {
      throw thrown
    })
    .onError(errorHandler())
  const calls = await consoleErrorCalls(async () => {
    expect((await app.request('/')).status).toBe(500)
  })
  expect(calls).toHaveLength(1)
  const [line = ''] = calls
  expect(line.startsWith(PREFIX), line).toBe(true)
  return line.slice(PREFIX.length)
}

const withoutStack = <E extends Error>(error: E): E => {
  Object.defineProperty(error, 'stack', { value: undefined })
  return error
}

describe('the printed thrown value', () => {
  it('is an error’s name and message when it has no stack', async () => {
    expect(await printed(withoutStack(new TypeError('boom')))).toBe('TypeError: boom')
  })

  it('is the stack of an error that has one', async () => {
    const error = new RangeError('out of range')
    expect(await printed(error)).toBe((error.stack ?? '').replaceAll('\n', '\\u000a'))
  })

  it('follows causes four levels deep, and no further', async () => {
    let error = withoutStack(new Error('level 6'))
    for (let level = 5; level >= 0; level--)
      error = withoutStack(new Error(`level ${level}`, { cause: error }))
    expect(await printed(error)).toBe(
      'Error: level 0 | caused by: Error: level 1 | caused by: Error: level 2 | caused by: Error: level 3 | caused by: Error: level 4',
    )
  })

  it('prints a cause that is not an error as JSON', async () => {
    const error = withoutStack(new Error('failed', { cause: { code: 'ECONNRESET' } }))
    expect(await printed(error)).toBe('Error: failed | caused by: {"code":"ECONNRESET"}')
  })

  it('lists the errors of an AggregateError, four levels deep and no further', async () => {
    const flat = withoutStack(new AggregateError([withoutStack(new Error('a')), 'b'], 'both'))
    expect(await printed(flat)).toBe('AggregateError: both [Error: a; b]')
    let nested: Error = withoutStack(new Error('leaf'))
    for (let level = 5; level >= 0; level--)
      nested = withoutStack(new AggregateError([nested], `level ${level}`))
    expect(await printed(nested)).toBe(
      'AggregateError: level 0 [AggregateError: level 1 [AggregateError: level 2 [AggregateError: level 3 [AggregateError: level 4]]]]',
    )
  })

  it('prints an AggregateError with no errors, and its cause, without brackets', async () => {
    const error = withoutStack(new AggregateError([], 'none', { cause: 'why' }))
    expect(await printed(error)).toBe('AggregateError: none | caused by: why')
  })

  it('is a thrown string as it is, not quoted', async () => {
    expect(await printed('plain "text"')).toBe('plain "text"')
  })

  it('is other values as JSON, or as text when JSON has none', async () => {
    expect(await printed({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}')
    expect(await printed(42)).toBe('42')
    expect(await printed(undefined)).toBe('undefined')
    expect(await printed(Symbol('s'))).toBe('Symbol(s)')
    expect(await printed(12n)).toBe('12')
    const cycle: { self?: unknown } = {}
    cycle.self = cycle
    expect(await printed(cycle)).toBe('[object Object]')
  })

  it('is cut at 16 KiB before its characters are escaped', async () => {
    expect(await printed('a'.repeat(20_000))).toBe('a'.repeat(16_384))
    expect(await printed('\n'.repeat(20_000))).toBe('\\u000a'.repeat(16_384))
  })

  it('is a fixed sentence for a value that cannot be printed at all', async () => {
    const error = new Error('x')
    Object.defineProperty(error, 'stack', {
      get() {
        throw new Error('no stack for you')
      },
    })
    expect(await printed(error)).toBe('(a value that cannot be printed)')
  })
})
