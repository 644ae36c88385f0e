// wrapNonErrors on its own: what an app's own onError (not errorHandler) sees of a thrown
// non-Error, and that an Error passes through as it was thrown.
import { Hono } from 'hono'
import { wrapNonErrors } from 'oz-errors/hono'
import { describe, expect, it } from 'vitest'

const seen = async (thrown: unknown): Promise<Error> => {
  let caught: Error | undefined
  const app = new Hono()
    .use(wrapNonErrors())
    .get('/', () => {
      throw thrown
    })
    .onError((error, c) => {
      caught = error
      return c.text(`${error.name}: ${error.message}`, 500)
    })
  const response = await app.request('/')
  expect(response.status).toBe(500)
  if (caught === undefined) throw new Error('onError was not called')
  expect(await response.text()).toBe(`${caught.name}: ${caught.message}`)
  return caught
}

describe('wrapNonErrors', () => {
  it('hands onError a named Error that says what happened and carries the value as its cause', async () => {
    const value = { reason: 'thrown as an object' }
    const error = await seen(value)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ThrownNonError')
    expect(error.message).toBe('A value that is not an Error was thrown')
    expect(error.cause).toBe(value)
    expect(String(error.stack)).toMatch(/^ThrownNonError: A value that is not an Error was thrown\n/)
  })

  it('passes an Error on as it was thrown', async () => {
    const thrown = new TypeError('as is')
    expect(await seen(thrown)).toBe(thrown)
  })
})
