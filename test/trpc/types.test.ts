import type { TRPCClientError } from '@trpc/client'
import type { inferRouterError } from '@trpc/server'
import { OzErr, type OzWire } from 'oz-errors'
import { type OzTRPCError, toTRPCError } from 'oz-errors/trpc'
import { describe, expectTypeOf, it } from 'vitest'
import type { AppRouter } from '../support/trpc.js'

type ClientData = NonNullable<TRPCClientError<AppRouter>['data']>

describe('types end to end', () => {
  it("type a client error's data.oz as OzWire, by inference from the router", () => {
    expectTypeOf<ClientData['oz']>().toEqualTypeOf<OzWire>()
    expectTypeOf<inferRouterError<AppRouter>['data']['oz']>().toEqualTypeOf<OzWire>()
  })

  it('narrow data.oz by error_code, with no cast', () => {
    const resourceOf = (data: ClientData) =>
      data.oz.error_code === 10 ? data.oz.details?.resource : undefined
    expectTypeOf(resourceOf).returns.toEqualTypeOf<string | undefined>()
  })

  it('give toTRPCError the code of the kind', () => {
    expectTypeOf(toTRPCError(OzErr.notExist())).toEqualTypeOf<OzTRPCError<'NOT_EXIST'>>()
    expectTypeOf(toTRPCError(OzErr.notExist()).code).toEqualTypeOf<'NOT_FOUND'>()
  })

  it('refuse an argument that is not an OzError', () => {
    // @ts-expect-error: a TRPCError-like object is not one of ours
    toTRPCError({ code: 'NOT_FOUND', message: 'No such post' })
    // @ts-expect-error: a kind without its code and details is not an OzError
    toTRPCError({ kind: 'NOT_EXIST', message: 'gone' })
  })
})
