import { err, errAsync, ok, okAsync, type Result } from 'neverthrow'
import { OzErr, type OzError, type OzException } from 'oz-errors'
import { type toTRPCError, unwrapOrThrow } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'

const thrownBy = async (run: () => unknown): Promise<unknown> => {
  try {
    await run()
  } catch (caught) {
    return caught
  }
  throw new Error('expected a throw')
}

describe('unwrapOrThrow', () => {
  it('gives the value of an ok, and a Promise of it for a ResultAsync', async () => {
    expect(unwrapOrThrow(ok(1))).toBe(1)
    await expect(unwrapOrThrow(okAsync('a'))).resolves.toBe('a')
  })

  it('throws toTRPCError of an err, sync and async', async () => {
    const error = OzErr.notExist({ details: { resource: 'folder', id: '1' } })
    for (const run of [() => unwrapOrThrow(err(error)), () => unwrapOrThrow(errAsync(error))]) {
      const thrown = (await thrownBy(run)) as ReturnType<typeof toTRPCError>
      expect(thrown.code).toBe('NOT_FOUND')
      expect((thrown.cause as OzException).error).toStrictEqual(error)
    }
  })

  it('throws UNKNOWN for an err that is not ours (a loosely typed caller)', async () => {
    const loose = err(new Error('not ours')) as unknown as Result<never, OzError>
    const thrown = (await thrownBy(() => unwrapOrThrow(loose))) as ReturnType<typeof toTRPCError>
    expect(thrown.code).toBe('INTERNAL_SERVER_ERROR')
    expect(thrown.cause.error.kind).toBe('UNKNOWN')
  })
})
