import { initTRPC, TRPCError } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { err, type Result } from 'neverthrow'
import { OzErr, type OzError, toWire } from 'oz-errors'
import { fromTRPCClientError, ozErrorFormatter, unwrapOrThrow } from 'oz-errors/trpc'
import { z } from 'zod'
import type { Batch, Figure } from './harness.js'

interface Folder {
  readonly id: string
  readonly name: string
}

const findFolder = (id: string): Result<Folder, OzError> =>
  err(OzErr.notExist({ details: { resource: 'folder', id } }))

const oursT = initTRPC.create({ errorFormatter: ozErrorFormatter() })
const ours = oursT.router({
  folder: oursT.procedure.input(z.string()).query(({ input }) => unwrapOrThrow(findFolder(input))),
})

const plainT = initTRPC.create()
const plain = plainT.router({
  folder: plainT.procedure.input(z.string()).query((): Folder => {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'The requested resource is not found' })
  }),
})

const URL_42 = `http://bench.local/trpc/folder?input=${encodeURIComponent(JSON.stringify('42'))}`

// What a server does for a request: tRPC's fetch adapter resolves it, formats the error and
// writes the body, which is read as a server would write it out; both sides pay for that alike.
const handle = (router: typeof ours | typeof plain): Promise<Response> =>
  fetchRequestHandler({ endpoint: '/trpc', req: new Request(URL_42), router })

const batch =
  (router: typeof ours | typeof plain): Batch =>
  async (n) => {
    let total = 0
    for (let i = 0; i < n; i++) {
      const response = await handle(router)
      total += response.status + (await response.text()).length
    }
    return total
  }

/** A procedure returning `err(OzErr.notExist())` through `unwrapOrThrow` + `ozErrorFormatter`, against a plain `TRPCError('NOT_FOUND')` through tRPC's default formatter. */
export const trpc: Figure = {
  name: 'trpc',
  target: 0.95,
  rounds: 41,
  ours: { batch: batch(ours) },
  baseline: { batch: batch(plain) },
  check: async () => {
    const [a, b] = await Promise.all([handle(ours), handle(plain)])
    if (a.status !== 404 || b.status !== 404) throw new Error(`trpc: statuses ${a.status} and ${b.status}`)
    const body = (await a.json()) as { error: unknown }
    const decoded = fromTRPCClientError(body.error)
    const expected = toWire(findFolder('42')._unsafeUnwrapErr())
    if (decoded.isErr() || JSON.stringify(toWire(decoded.value)) !== JSON.stringify(expected)) {
      throw new Error(`trpc: ours did not answer NOT_EXIST: ${JSON.stringify(body)}`)
    }
    const theirs = (await b.json()) as { error: { data: { code: string } } }
    if (theirs.error.data.code !== 'NOT_FOUND') throw new Error('trpc: the baseline did not answer NOT_FOUND')
  },
}
