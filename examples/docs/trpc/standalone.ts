import { initTRPC } from '@trpc/server'
import { createHTTPServer } from '@trpc/server/adapters/standalone'
import { OzErr } from 'oz-errors'
import { ozErrorFormatter, ozResponseMeta, toTRPCError } from 'oz-errors/trpc'

const t = initTRPC.create({ errorFormatter: ozErrorFormatter() })
const router = t.router({
  // 503 with `Retry-After: 30`; a streaming link gets 200 and the kind in `data.oz` only.
  report: t.procedure.query(() => {
    throw toTRPCError(OzErr.database({ details: { retry_after: 30 } }))
  }),
})

// A body over 1 MB → INVALID_STRUCTURE 400, as the Hono adapter answers a 413.
createHTTPServer({ router, responseMeta: ozResponseMeta(), maxBodySize: 1_048_576 }).listen(3000)
