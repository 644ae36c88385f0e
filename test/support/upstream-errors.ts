// Errors as upstream HTTP clients throw them: each carries the upstream's Response, whose status,
// headers and body are the upstream's internals (issue 11 §3). None of it may reach a client.

/**
 * In the upstream's token and host name, so in every upstream message, body and header; no
 * response may carry any 4 characters of it (it has the shape of `marker()`, in letters and
 * digits `marker()` never uses).
 */
export const UPSTREAM_MARKER = 'i0u1y0o1i1u0'

/** Planted in every upstream message, body and header; no response may carry it. */
export const UPSTREAM_TOKEN = `tok_${UPSTREAM_MARKER}`

/** An internal host name, planted beside the token. */
export const INTERNAL_HOST = `billing-${UPSTREAM_MARKER}.internal.corp`

/** The upstream's answer: its status, a challenge and a back-off of its own, internal headers. */
export const upstreamResponse = (status: number): Response =>
  new Response(`{"error":"denied","host":"${INTERNAL_HOST}","token":"${UPSTREAM_TOKEN}"}`, {
    status,
    headers: {
      'content-type': 'application/json',
      'www-authenticate': `Bearer realm="${INTERNAL_HOST}", error="invalid_token", token="${UPSTREAM_TOKEN}"`,
      'retry-after': '120',
      location: `https://${INTERNAL_HOST}/login?token=${UPSTREAM_TOKEN}`,
      'x-upstream-host': INTERNAL_HOST,
    },
  })

const upstreamMessage = (status: number) =>
  `GET https://${INTERNAL_HOST}/v2/charges?token=${UPSTREAM_TOKEN} failed with ${status}`

/** An SDK's error: the upstream Response behind a `getResponse()`, as Hono's HTTPException has. */
export class UpstreamError extends Error {
  readonly status: number
  constructor(readonly response: Response) {
    super(upstreamMessage(response.status))
    this.name = 'UpstreamError'
    this.status = response.status
  }
  getResponse(): Response {
    return this.response
  }
}

/**
 * What a second copy of Hono's HTTPException looks like from here: the same code, another class.
 * It is not told apart from any other error with a `getResponse`, so it is masked too.
 */
export class LookalikeHTTPException extends Error {
  readonly res: Response | undefined
  readonly status: number
  constructor(status: number, options?: { message?: string; res?: Response }) {
    super(options?.message)
    this.res = options?.res
    this.status = status
  }
  getResponse(): Response {
    if (this.res) return new Response(this.res.body, { status: this.status, headers: this.res.headers })
    return new Response(this.message, { status: this.status })
  }
}

/** The shapes of foreign error the tests throw, by name. */
export const FOREIGN = {
  'an SDK error with getResponse': (status: number) => new UpstreamError(upstreamResponse(status)),
  'a ky-style HTTPError with a response': (status: number) =>
    Object.assign(new Error(upstreamMessage(status)), {
      name: 'HTTPError',
      response: upstreamResponse(status),
    }),
  'an HTTPException lookalike (a second copy of Hono)': (status: number) =>
    new LookalikeHTTPException(status, { message: upstreamMessage(status), res: upstreamResponse(status) }),
  'a lookalike without res, its message the upstream’s': (status: number) =>
    new LookalikeHTTPException(status, { message: upstreamMessage(status) }),
  'a plain object with getResponse and status': (status: number) =>
    Object.assign(new Error(upstreamMessage(status)), {
      status,
      getResponse: () => upstreamResponse(status),
    }),
} as const satisfies Record<string, (status: number) => Error>

export type ForeignShape = keyof typeof FOREIGN
