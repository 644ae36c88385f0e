import type { TRPCError } from '@trpc/server'
import { fromWire, OzErr } from 'oz-errors'
import { fromTRPCClientError, type UnexpectedInfo } from 'oz-errors/trpc'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clientFor, errorOf, LINKS, makeRouter, rejection, SERVERS } from '../support/trpc.js'

const BUGS = ['bug', 'bugString', 'internal'] as const

afterEach(() => {
  vi.restoreAllMocks()
})

const quiet = { onUnexpected: () => {} }

describe.each(Object.entries(SERVERS))('a bug on the %s adapter', (_name, serve) => {
  it.each([false, true])(
    'is a masked UNKNOWN 500 without the secret (development mode: %s)',
    async (isDev) => {
      const served = await serve(makeRouter({ ...quiet, isDev }))
      try {
        for (const path of BUGS) {
          const response = await fetch(`${served.url}/trpc/${path}`)
          const text = await response.text()
          expect([path, response.status]).toEqual([path, 500])
          expect(text).not.toContain('hunter2')
          expect(text).not.toContain('stack')
          const shape = errorOf(JSON.parse(text))
          expect(fromWire(shape.data.oz)._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
          expect(shape.message).toBe(OzErr.unknown().message)
        }
      } finally {
        await served.close()
      }
    },
  )

  it.each(LINKS)('reaches a client over %s as UNKNOWN, secret-free', async (link) => {
    const served = await serve(makeRouter({ ...quiet, isDev: true }))
    try {
      const caught = await rejection(clientFor(served, link).bug.query())
      expect(JSON.stringify(caught)).not.toContain('hunter2')
      expect(String((caught as Error).message)).not.toContain('hunter2')
      expect(fromTRPCClientError(caught)._unsafeUnwrap()).toStrictEqual(OzErr.unknown())
    } finally {
      await served.close()
    }
  })
})

describe('onUnexpected', () => {
  it('receives every masked error with its path, and nothing of ours', async () => {
    const seen: [TRPCError, UnexpectedInfo][] = []
    const served = await SERVERS.hono(makeRouter({ onUnexpected: (error, info) => seen.push([error, info]) }))
    try {
      for (const path of BUGS) await fetch(`${served.url}/trpc/${path}`)
      await fetch(`${served.url}/trpc/nope`)
      expect(seen.map(([, info]) => [info.path, info.type])).toEqual(BUGS.map((path) => [path, 'query']))
      expect(seen[0]?.[0].cause).toBeInstanceOf(Error)
    } finally {
      await served.close()
    }
  })

  it('logs one console.error line by default, its control characters escaped', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const served = await SERVERS.hono(makeRouter())
    try {
      await fetch(`${served.url}/trpc/bug`)
      expect(log).toHaveBeenCalledTimes(1)
      const line = String(log.mock.calls[0]?.[0])
      expect(line).toContain('tRPC query "bug" failed unexpectedly')
      expect(line).toContain('\\u000a    at ')
      expect(line).not.toMatch(/[\n\r]/)
    } finally {
      await served.close()
    }
  })

  it('leaves the answer masked when it throws or rejects', async () => {
    for (const onUnexpected of [
      () => {
        throw new Error('the logger is down')
      },
      async () => Promise.reject(new Error('the logger is down')),
    ]) {
      const served = await SERVERS.standalone(makeRouter({ onUnexpected }))
      try {
        const response = await fetch(`${served.url}/trpc/bug`)
        expect(response.status).toBe(500)
        expect(errorOf(await response.json()).data.oz).toStrictEqual({
          error_code: 0,
          error_message: OzErr.unknown().message,
          details: null,
        })
      } finally {
        await served.close()
      }
    }
  })
})

describe("a TRPCError thrown with a 4xx code of the app's own", () => {
  it('maps by status with the default message, since it may quote the request', async () => {
    const served = await SERVERS.hono(makeRouter(quiet))
    try {
      const response = await fetch(`${served.url}/trpc/conflict`)
      const text = await response.text()
      expect(response.status).toBe(400)
      expect(text).not.toContain('hunter2')
      expect(errorOf(JSON.parse(text)).data.oz).toStrictEqual({
        error_code: 3,
        error_message: OzErr.invalidStructure().message,
        details: null,
      })
    } finally {
      await served.close()
    }
  })
})
