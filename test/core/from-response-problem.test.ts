import { fromResponse, OzErr, toProblem, toWire } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const respond = (body: unknown, status: number, type: string) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })

describe('fromResponse with problem details', () => {
  const error = OzErr.invalidValue({ details: { key_path: 'limit', reason: 'at most 100' } })

  it('decodes an application/problem+json body made by toProblem', async () => {
    const result = await fromResponse(respond(toProblem(error), 400, 'application/problem+json'))
    expect(result._unsafeUnwrapErr()).toStrictEqual(error)
  })

  it('reads the content type without regard to case or parameters', async () => {
    const result = await fromResponse(
      respond(toProblem(error), 400, ' Application/Problem+JSON; charset=utf-8'),
    )
    expect(result._unsafeUnwrapErr()).toStrictEqual(error)
  })

  it('still decodes each body sent under the other content type', async () => {
    expect(
      (await fromResponse(respond(toWire(error), 400, 'application/problem+json')))._unsafeUnwrapErr(),
    ).toStrictEqual(error)
    expect(
      (await fromResponse(respond(toProblem(error), 400, 'application/json')))._unsafeUnwrapErr(),
    ).toStrictEqual(error)
  })

  it('turns a problem object of another API into the kind of its status, body kept', async () => {
    const foreign = { type: 'https://example.com/out-of-credit', title: 'Out of credit', status: 403 }
    const result = (await fromResponse(respond(foreign, 403, 'application/problem+json')))._unsafeUnwrapErr()
    expect(result).toMatchObject({
      kind: 'AUTH_FORBIDDEN',
      cause: { status: 403, body: JSON.stringify(foreign) },
    })
  })
})
