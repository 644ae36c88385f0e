import { httpHeaders, OzErr, OzException } from 'oz-errors'
import { fromGraphQLError, wholeRequest } from 'oz-errors/graphql'
import { describe, expect, it } from 'vitest'

describe('wholeRequest', () => {
  it('passes the context value through', async () => {
    await expect(wholeRequest((user: string) => ({ user }))('alice')).resolves.toEqual({ user: 'alice' })
  })

  it('throws on exactly what a context throws when it is not ours, for the server to mask', async () => {
    const bug = new Error('db password=hunter2')
    await expect(
      wholeRequest(() => {
        throw bug
      })(),
    ).rejects.toBe(bug)
    await expect(wholeRequest(() => Promise.reject('a string'))()).rejects.toBe('a string')
  })

  it('turns an error of ours into a whole-request GraphQLError with its status and challenge', async () => {
    const thrown: unknown = await wholeRequest(
      () => {
        throw new OzException(OzErr.authInvalid())
      },
      { realm: 'oz' },
    )().catch((error: unknown) => error)
    expect(fromGraphQLError(thrown)._unsafeUnwrap()).toEqual(OzErr.authInvalid())
    const http = (thrown as { extensions: { http: { status: number; headers: Map<string, string> } } })
      .extensions.http
    expect(http.status).toBe(401)
    expect([...http.headers]).toEqual(Object.entries(httpHeaders(OzErr.authInvalid(), { realm: 'oz' })))
    expect([...http.headers][0]?.[1]).toContain('realm="oz"')
  })
})
