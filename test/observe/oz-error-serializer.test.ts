import { Writable } from 'node:stream'
import { OzErr, OzException } from 'oz-errors'
import { ozErrorSerializer } from 'oz-errors/observe'
import pino from 'pino'
import { describe, expect, it } from 'vitest'

const CONTROL = /[\p{Cc}\u2028\u2029]/u

const logLine = (value: unknown): Record<string, unknown> => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  pino({ serializers: { err: ozErrorSerializer } }, stream).error({ err: value }, 'request failed')
  expect(lines).toHaveLength(1)
  return JSON.parse(lines[0] ?? '') as Record<string, unknown>
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, member]) => [key, ...strings(member)])
      : []

describe('ozErrorSerializer with pino', () => {
  it('writes an OzException with its kind, details and the cause chain with stacks', () => {
    const root = new Error('connection refused')
    const error = new OzException(
      OzErr.database({ details: { retry_after: 5 }, cause: new Error('query failed', { cause: root }) }),
    )
    const { err } = logLine(error)
    expect(err).toMatchObject({
      type: 'OzException',
      kind: 'DATABASE',
      code: 12,
      message: 'Critical database error on the server host',
      details: { retry_after: 5 },
      cause: {
        type: 'Error',
        message: 'query failed',
        cause: { type: 'Error', message: 'connection refused' },
      },
    })
    expect((err as { cause: { stack: string } }).cause.stack).toContain('query failed')
  })

  it('names a plain OzError by its type, where pino would say "Object"', () => {
    expect(logLine(OzErr.notExist({ details: { resource: 'folder' } })).err).toMatchObject({
      type: 'OzError',
      kind: 'NOT_EXIST',
      details: { resource: 'folder' },
    })
  })

  it('escapes every control character a client sent, in messages, details, keys and stacks', () => {
    const forged = 'x\n{"level":30,"msg":"admin logged in"}\r\u001b[31m\u2028'
    const error = new OzException(
      OzErr.invalidValue({
        message: forged,
        details: { key_path: forged, [forged]: [forged] },
        cause: new Error(forged),
      }),
    )
    const line = logLine(error)
    const written = strings(line.err)
    expect(written.some((s) => s.includes('admin logged in'))).toBe(true)
    expect(written.filter((s) => CONTROL.test(s))).toEqual([])
  })

  it('writes anything else as an error, never throwing', () => {
    expect(logLine(new TypeError('bad\nthing')).err).toMatchObject({
      type: 'TypeError',
      message: 'bad\\u000athing',
    })
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap')
        },
      },
    )
    expect(() => ozErrorSerializer(hostile)).not.toThrow()
    expect(ozErrorSerializer('a\u0000b')).toEqual({ type: 'string', message: 'a\\u0000b' })
  })
})
