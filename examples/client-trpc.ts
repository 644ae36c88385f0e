import { createTRPCClient, httpBatchLink, isTRPCClientError, type TRPCClient } from '@trpc/client'
import { err, ok, type Result } from 'neverthrow'
import { kindForStatus, OzErr, type OzError, ozError } from 'oz-errors'
import { fromTRPCClientError } from 'oz-errors/trpc'
import type { ApiClient, Failure } from './client-api.js'
import { decide } from './client-decide.js'
import type { AppRouter } from './trpc.js'

export type ExampleTRPC = TRPCClient<AppRouter>

const clients = new WeakMap<ApiClient, ExampleTRPC>()

/** The tRPC client of an `ApiClient`: same server, and its current token on every call. */
const trpcOf = (client: ApiClient): ExampleTRPC => {
  let trpc = clients.get(client)
  if (trpc === undefined) {
    trpc = createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: new URL('/trpc', client.baseUrl).href,
          headers: (): Record<string, string> =>
            client.tokens === undefined ? {} : { 'x-forensic-access-token': client.tokens.access_token },
        }),
      ],
    })
    clients.set(client, trpc)
  }
  return trpc
}

/**
 * One tRPC call with the client's token. A failure is decoded with `fromTRPCClientError` and
 * goes to the same `decide` as REST and GraphQL; its `Retry-After` is read from the response
 * the link keeps in `meta`. A call that never reached the server is EXTERNAL_SERVICE, as for
 * REST; a JSON error of another shape (a gateway's, a server without `ozErrorFormatter`) goes
 * by its status; a body that is not JSON, or anything else thrown, is UNKNOWN.
 */
export const trpcOnce = async <T>(
  client: ApiClient,
  call: (trpc: ExampleTRPC) => Promise<T>,
): Promise<Result<T, Failure>> => {
  try {
    return ok(await call(trpcOf(client)))
  } catch (caught) {
    const error = fromTRPCClientError(caught).match(
      (ours) => ours,
      () => foreign(caught),
    )
    return err({ error, decision: decide(error, retryAfterOf(caught)) })
  }
}

const retryAfterOf = (caught: unknown): string | null => {
  const response = isTRPCClientError(caught) ? caught.meta?.response : undefined
  return response instanceof Response ? response.headers.get('retry-after') : null
}

const foreign = (caught: unknown): OzError => {
  // Not from the link at all: a bug in the calling code.
  if (!isTRPCClientError(caught)) return OzErr.unknown({ cause: caught })
  const response = caught.meta?.response
  if (response instanceof Response) return ozError(kindForStatus(response.status), { cause: caught })
  // The link keeps no response when the body is not JSON (a proxy's HTML page): status unknown.
  if (caught.cause instanceof SyntaxError) {
    return OzErr.unknown({ message: 'The response body is not JSON', cause: caught })
  }
  return OzErr.externalService({
    message: 'The API cannot be reached',
    details: { service: 'oz-api' },
    cause: caught,
  })
}
