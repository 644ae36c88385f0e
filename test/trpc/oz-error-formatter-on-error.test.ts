import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { OzErr, OzException } from 'oz-errors'
import { type OzErrorFormatterOptions, ozErrorFormatter } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'

describe('ozErrorFormatter onError', () => {
  const bug = new Error('db password hunter2')
  const build = (onError: NonNullable<OzErrorFormatterOptions['onError']>) => {
    const t = initTRPC.create({ errorFormatter: ozErrorFormatter({ onUnexpected: () => {}, onError }) })
    const router = t.router({
      missing: t.procedure.query(() => {
        throw new OzException(OzErr.notExist())
      }),
      bug: t.procedure.query(() => {
        throw bug
      }),
    })
    const call = (path: string) =>
      fetchRequestHandler({
        endpoint: '/trpc',
        req: new Request(`http://localhost/trpc/${path}`),
        router,
        createContext: () => ({}),
      })
    return { missing: () => call('missing'), bug: () => call('bug') }
  }

  it('is called once per rendered error, ours or masked, with the original under the TRPCError', async () => {
    const seen: [string, unknown][] = []
    const caller = build((error, { thrown }) => seen.push([error.kind, thrown.cause]))
    expect((await caller.missing()).status).toBe(404)
    expect((await caller.bug()).status).toBe(500)
    expect(seen.map(([kind]) => kind)).toEqual(['NOT_EXIST', 'UNKNOWN'])
    expect(seen[1]?.[1]).toBe(bug)
  })

  it('never changes the answer when it throws', async () => {
    const caller = build(() => {
      throw new Error('hook failed')
    })
    const response = await caller.bug()
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ error: { data: { oz: { error_code: 0 } } } })
  })

  it('leaves no unhandled rejection behind when the hooks reject, which would crash a Node process', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const t = initTRPC.create({
        errorFormatter: ozErrorFormatter({
          onUnexpected: () => Promise.reject(new Error('logger down')),
          onError: () => Promise.reject(new Error('tracer down')),
        }),
      })
      const router = t.router({
        bug: t.procedure.query(() => {
          throw bug
        }),
      })
      const response = await fetchRequestHandler({
        endpoint: '/trpc',
        req: new Request('http://localhost/trpc/bug'),
        router,
        createContext: () => ({}),
      })
      expect(response.status).toBe(500)
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(unhandled).toStrictEqual([])
    } finally {
      process.off('unhandledRejection', record)
    }
  })
})
