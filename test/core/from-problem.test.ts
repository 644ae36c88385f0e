import fc from 'fast-check'
import { fromProblem, OzErr, toProblem } from 'oz-errors'
import { describe, expect, it } from 'vitest'
import { ozErrorArb } from '../support/arbitraries.js'

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

describe('fromProblem', () => {
  it('gives back every error from the JSON of its problem, under any type base and instance', () => {
    const options = fc.record(
      {
        typeBase: fc.constantFrom('urn:oz-errors:problem:', 'https://api.example.com/problems/', '/p#'),
        instance: fc.string(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(ozErrorArb, options, (error, opts) => {
        expect(fromProblem(roundTrip(toProblem(error, opts)))._unsafeUnwrap()).toStrictEqual(error)
      }),
    )
  })

  it('refuses a problem object that is not ours, saying why', () => {
    const foreign = {
      type: 'https://example.com/out-of-credit',
      title: 'You do not have enough credit.',
      status: 403,
    }
    expect(fromProblem(foreign)._unsafeUnwrapErr()).toMatchObject({
      path: 'error_code',
      message: expect.stringContaining('not a problem of the Oz model'),
      input: foreign,
    })
  })

  it('refuses a type that names another kind, and a status that is not the kind’s', () => {
    const problem = toProblem(OzErr.notExist())
    expect(fromProblem({ ...problem, type: 'urn:oz-errors:problem:database' })._unsafeUnwrapErr().path).toBe(
      'type',
    )
    expect(fromProblem({ ...problem, type: 'urn:x:not-not-exist' })._unsafeUnwrapErr().path).toBe('type')
    expect(fromProblem({ ...problem, status: 500 })._unsafeUnwrapErr()).toMatchObject({
      path: 'status',
      message: 'expected status 404 of NOT_EXIST, got 500',
    })
  })

  it('refuses a missing detail and details of the wrong shape', () => {
    const { detail: _, ...rest } = toProblem(OzErr.notExist())
    expect(fromProblem(rest)._unsafeUnwrapErr().path).toBe('detail')
    const bad = { ...toProblem(OzErr.notExist()), details: { id: 'x' } }
    expect(fromProblem(bad)._unsafeUnwrapErr().path).toBe('details.resource')
  })

  it('accepts a problem without type and status, as other servers may trim them', () => {
    const error = fromProblem({ error_code: 12, detail: 'down', details: { retry_after: 5 } })._unsafeUnwrap()
    expect(error).toStrictEqual(OzErr.database({ message: 'down', details: { retry_after: 5 } }))
  })

  it('never throws, whatever it is handed', () => {
    const hostile = {
      get error_code(): number {
        throw new Error('boom')
      },
    }
    expect(fromProblem(hostile)._unsafeUnwrapErr().message).toBe('reading the input threw')
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fromProblem(value)
      }),
    )
  })
})
