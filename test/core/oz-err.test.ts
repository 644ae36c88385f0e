import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import {
  fromWire,
  httpStatus,
  isOzError,
  OZ_ERROR_KINDS,
  OZ_KINDS,
  OzErr,
  type OzErrorKind,
  toWire,
} from 'oz-errors'
import { describe, expect, it } from 'vitest'

describe('OzErr', () => {
  it.each(OZ_ERROR_KINDS)('builds %s with its code, documented message and null details', (kind) => {
    const name = kind
      .toLowerCase()
      .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof typeof OzErr
    expect(OzErr[name]()).toStrictEqual({
      kind,
      code: OZ_KINDS[kind].code,
      message: OZ_KINDS[kind].message,
      details: null,
    })
  })

  it('has exactly one constructor per kind, named after it', () => {
    const camel = (kind: string) => kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
    expect(Object.keys(OzErr).sort()).toEqual(OZ_ERROR_KINDS.map(camel).sort())
  })

  it('drops a retry_after that is not a finite number of seconds, so the error stays decodable', () => {
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const error = OzErr.database({ details: { retry_after: seconds, note: 'x' } })
        expect(fromWire(JSON.parse(JSON.stringify(toWire(error))))._unsafeUnwrap()).toStrictEqual(error)
        expect(isOzError(error)).toBe(true)
        const kept = Number.isFinite(seconds) && seconds >= 0
        expect(error.details?.retry_after).toBe(kept ? Math.abs(seconds) : undefined)
      }),
    )
  })

  it('keeps a cause only when one is given', () => {
    expect('cause' in OzErr.database()).toBe(false)
    expect(OzErr.database({ cause: 'pool exhausted' }).cause).toBe('pool exhausted')
  })
})

describe('OzErr against the table', () => {
  const source = readFileSync(new URL('../../core/oz-err.ts', import.meta.url), 'utf8')
  // Each constructor's doc note, `KIND` (code, HTTP status), and the name that follows it.
  const notes = [...source.matchAll(/\/\*\* `([A-Z_]+)` \((\d+), HTTP (\d+)\)[^\n]*\n\s+(\w+):/g)].map(
    ([, kind, code, status, name]) => ({ kind, code: Number(code), status: Number(status), name }),
  )
  const camel = (kind: string) => kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

  it("notes each constructor's code and HTTP status as the table and httpStatus have them", () => {
    expect(notes.map((note) => note.kind)).toEqual([...OZ_ERROR_KINDS])
    for (const { kind, code, status, name } of notes) {
      const known = kind as OzErrorKind
      expect({ kind, code, status, name }).toEqual({
        kind,
        code: OZ_KINDS[known].code,
        status: httpStatus({ kind: known }),
        name: camel(known),
      })
    }
  })
})

describe('OzErr for a loosely typed caller', () => {
  // JavaScript callers, or values typed `any`, reach the constructors unchecked.
  const loose = <T>(value: unknown): T => value as T

  it('keeps -0 seconds as 0, with the other details', () => {
    const details = OzErr.database({ details: { retry_after: -0, note: 'x' } }).details
    expect(Object.is(details?.retry_after, 0)).toBe(true)
    expect(details?.note).toBe('x')
  })

  it('drops a retry_after given as text or Infinity, and keeps the rest', () => {
    for (const retry_after of ['5', Number.POSITIVE_INFINITY]) {
      expect(OzErr.database({ details: loose({ retry_after, note: 'x' }) }).details).toStrictEqual({
        note: 'x',
      })
    }
  })

  it('builds from details that are not an object without throwing', () => {
    expect(OzErr.database({ details: loose('busy') }).details).toBe('busy')
  })
})
