import { GraphQLError } from 'graphql'
import { err, errAsync, ok, okAsync, type Result } from 'neverthrow'
import { OzErr, type OzError } from 'oz-errors'
import { unwrapOrThrow } from 'oz-errors/graphql'
import { describe, expect, expectTypeOf, it } from 'vitest'

describe('unwrapOrThrow', () => {
  it('returns the value of an ok', () => {
    expect(unwrapOrThrow(ok(42))).toBe(42)
    expectTypeOf(unwrapOrThrow(ok(42))).toEqualTypeOf<number>()
  })

  it('throws a field error of ours for an err: extensions, no http', () => {
    const thrown = (() => {
      try {
        unwrapOrThrow(err(OzErr.authForbidden()))
      } catch (e) {
        return e
      }
    })()
    expect(thrown).toBeInstanceOf(GraphQLError)
    expect((thrown as GraphQLError).extensions).toStrictEqual({
      code: 'AUTH_FORBIDDEN',
      error_code: 9,
      details: null,
    })
  })

  it('awaits a ResultAsync', async () => {
    expectTypeOf(unwrapOrThrow(okAsync('x'))).toEqualTypeOf<Promise<string>>()
    await expect(unwrapOrThrow(okAsync('x'))).resolves.toBe('x')
    await expect(unwrapOrThrow(errAsync(OzErr.notExist()))).rejects.toMatchObject({
      extensions: { code: 'NOT_EXIST' },
    })
  })

  it('turns an err that is not an OzError into UNKNOWN', () => {
    // A loosely typed caller: the cast is the point of the test.
    const loose = err(new Error('SELECT secret')) as unknown as Result<never, OzError>
    expect(() => unwrapOrThrow(loose)).toThrow(OzErr.unknown().message)
  })
})
