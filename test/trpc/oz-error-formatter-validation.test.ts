import { fromTRPCClientError } from 'oz-errors/trpc'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from '../support/serve.js'
import { clientFor, errorOf, makeRouter, rejection, SERVERS } from '../support/trpc.js'

// Each schema library rejects the same input at the same places.
const BAD = { name: 7, limit: 500 }

describe.each(Object.entries(SERVERS))(
  'an input that fails its schema, on the %s adapter',
  (_name, serve) => {
    let served: Served
    beforeAll(async () => {
      served = await serve(makeRouter())
    })
    afterAll(() => served.close())

    it.each(['zod', 'valibot'] as const)('is INVALID_STRUCTURE 400 with the issues of %s', async (path) => {
      const response = await fetch(`${served.url}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(BAD),
      })
      expect(response.status).toBe(400)
      const { data } = errorOf(await response.json())
      expect(data.code).toBe('BAD_REQUEST')
      const oz = data.oz as {
        error_code: number
        details: { key_path: string; issues: { key_path: string }[] }
      }
      expect(oz.error_code).toBe(3)
      expect(oz.details.key_path).toBe('name')
      expect(oz.details.issues.map((issue) => issue.key_path)).toEqual(['name', 'limit'])
    })

    it.each(['zod', 'valibot'] as const)('reaches a client as the same error (%s)', async (path) => {
      // The client's types would refuse BAD; the server must still answer for what arrives.
      const input = BAD as unknown as { name: string; limit: number }
      const caught = await rejection(clientFor(served, 'httpBatchLink')[path].mutate(input))
      const error = fromTRPCClientError(caught)._unsafeUnwrap()
      expect(error.kind).toBe('INVALID_STRUCTURE')
      expect(error.kind === 'INVALID_STRUCTURE' && error.details?.issues?.length).toBe(2)
    })
  },
)
