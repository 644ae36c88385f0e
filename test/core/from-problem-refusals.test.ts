// The reason fromProblem gives for each problem object it refuses: the message and path a client
// logs when a server's problem is not of this model.
import { fromProblem, OzErr, toProblem } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const refusal = (input: unknown) => {
  const { message, path } = fromProblem(input)._unsafeUnwrapErr()
  return { message, path }
}

const notExist = toProblem(OzErr.notExist({ details: { resource: 'folder' } }))

describe('fromProblem refuses, saying why', () => {
  it.each([
    ['a string', 'problem'],
    ['an array', []],
    ['null', null],
    ['a class instance', new Date(0)],
  ])('a value that is not an object (%s)', (got, input) => {
    expect(refusal(input)).toStrictEqual({ message: `expected a problem object, got ${got}`, path: '' })
  })

  it.each([
    ['none', undefined],
    ['a string', '10'],
    ['a number', 10.5],
    ['a number', -1],
    ['a number', 13],
  ])('an error_code that is not one of the model (got %s)', (got, code) => {
    expect(refusal({ ...notExist, error_code: code })).toStrictEqual({
      message: `not a problem of the Oz model: expected an integer error_code from 0 to 12, got ${got}`,
      path: 'error_code',
    })
  })

  it('accepts the first and the last error_code', () => {
    expect(fromProblem(toProblem(OzErr.unknown()))._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
    expect(fromProblem(toProblem(OzErr.database()))._unsafeUnwrap()).toStrictEqual(OzErr.database())
  })

  it.each([
    ['a type that is not a string', 404],
    ['a type of the same length that names nothing', '/aaaaaaaaa'],
    ['a type that ends with the slug inside a word', 'urn:x:not-exists'],
  ])('%s', (_, type) => {
    expect(refusal({ ...notExist, type })).toStrictEqual({
      message: 'expected type to name NOT_EXIST (ending with "not-exist")',
      path: 'type',
    })
  })

  it('accepts a type that is the bare slug', () => {
    expect(fromProblem({ ...notExist, type: 'not-exist' })._unsafeUnwrap().kind).toBe('NOT_EXIST')
  })

  it.each([
    ['500', 500],
    ['a number', 404.5],
    ['a non-finite number', Number.NaN],
    ['a string', '404'],
    ['null', null],
  ])('a status that is not the kind’s (got %s)', (got, status) => {
    expect(refusal({ ...notExist, status })).toStrictEqual({
      message: `expected status 404 of NOT_EXIST, got ${got}`,
      path: 'status',
    })
  })

  it('a detail that is not a string', () => {
    expect(refusal({ ...notExist, detail: 42 })).toStrictEqual({
      message: 'expected detail to be a string, got a number',
      path: 'detail',
    })
  })

  it('an input whose getter throws, without repeating what it threw', () => {
    const input = {
      get error_code(): number {
        throw new Error('secret token abc')
      },
    }
    expect(refusal(input)).toStrictEqual({ message: 'reading the input threw', path: '' })
  })
})
