// What every answer of the hostile fixture must be, as one function the fuzz tests and the load
// run share. It names the first rule an answer breaks, or says which kind of answer it is.
import { err, ok, type Result } from 'neverthrow'
import { httpStatus, type OzError, type OzErrorKind } from 'oz-errors'
import { fromGraphQLError } from 'oz-errors/graphql'
import { GRAPHQL_MOUNT, SERVED_BY, SuccessBody, TRPC_MOUNT } from './app.js'
import { decoderOf, formatProblem, JSON_TYPE, PROBLEM_TYPE, problemTypeProblem } from './judge-problem.js'
import { judgeTRPCBody } from './judge-trpc.js'
import { leakIn, type Sent, withoutOriginalError } from './leaks.js'

export type { Planted, Sent } from './leaks.js'

/** A response as the judge reads it: header names in lower case, the body as text. */
export interface Reply {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** Which kind of conforming answer a reply is. */
export type Verdict =
  | { readonly type: 'success'; readonly route: string }
  | { readonly type: 'error'; readonly kind: OzErrorKind }
  | { readonly type: 'problem'; readonly kind: OzErrorKind }
  | { readonly type: 'graphql'; readonly status: number }
  | { readonly type: 'trpc'; readonly status: number }
  | { readonly type: 'head'; readonly status: number }
  | { readonly type: 'node'; readonly status: number }

// What Node's HTTP parser and @hono/node-server answer on their own, before the app sees the
// request (a malformed request line, oversized headers, a bad Host or a backslash in the path,
// an Expect it cannot meet): an empty body and no marker.
const NODE_STATUSES = new Set([400, 413, 414, 417, 431, 505])

// GraphQL-over-HTTP answers Yoga gives with an empty body: a method it does not serve (HEAD),
// an Accept it cannot satisfy, a Content-Type it does not read.
const GRAPHQL_EMPTY = new Set([405, 406, 415])

const parse = (text: string): Result<unknown, string> => {
  try {
    return ok(JSON.parse(text))
  } catch {
    return err('the body is not JSON')
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const show = (reply: Reply): string =>
  `${reply.status} ${reply.headers['content-type'] ?? '(no content-type)'} ${JSON.stringify(reply.body.slice(0, 160))}`

/** The headers the error's status owes (see errorResponse): Allow, a challenge, Retry-After. */
const protocolProblem = (error: OzError, headers: Reply['headers']): string | undefined => {
  if (error.kind === 'NOT_ALLOWED' && headers.allow === undefined) return 'a 405 without Allow'
  if (httpStatus(error) === 401 && headers['www-authenticate'] === undefined) {
    return 'a 401 without a challenge'
  }
  const retry =
    error.details !== null && 'retry_after' in error.details ? error.details.retry_after : undefined
  if (typeof retry === 'number' && headers['retry-after'] !== String(Math.ceil(retry))) {
    return `Retry-After is ${headers['retry-after']}, expected ${Math.ceil(retry)}`
  }
  return undefined
}

// An Oz body that fromWire decodes, or problem details that fromProblem decodes (the judge of
// judge-problem.ts says which one the request owed), at the kind's status with its headers.
const judgeError = (reply: Reply, sent?: Sent): Result<Verdict, string> => {
  const format = formatProblem(reply.headers, sent)
  if (format !== undefined) return err(format)
  const type = reply.headers['content-type'] === PROBLEM_TYPE ? 'problem' : 'error'
  return parse(reply.body)
    .andThen((body) => {
      const misnamed = type === 'problem' ? problemTypeProblem(body) : undefined
      return misnamed === undefined ? ok(body) : err(misnamed)
    })
    .andThen((body) =>
      decoderOf(reply.headers['content-type'])(body).mapErr(
        (bad) =>
          `${type === 'problem' ? 'fromProblem' : 'fromWire'} refused it: ${bad.message} at "${bad.path}"`,
      ),
    )
    .andThen((error) => {
      if (httpStatus(error) !== reply.status) return err(`${error.kind} sent as ${reply.status}`)
      const problem = protocolProblem(error, reply.headers)
      return problem === undefined ? ok({ type, kind: error.kind } as const) : err(problem)
    })
}

// Yoga streams over SSE or multipart/mixed when the client accepts them; each event or part is
// one GraphQL result.
const payloadsOf = (reply: Reply): string[] => {
  const type = reply.headers['content-type'] ?? ''
  const lines = reply.body.split(/\r?\n/)
  if (type.startsWith('text/event-stream')) {
    return lines.flatMap((line) => (line.startsWith('data: ') ? [line.slice('data: '.length)] : []))
  }
  if (type.startsWith('multipart/mixed')) return lines.filter((line) => line.startsWith('{'))
  return [reply.body]
}

// One GraphQL result: our errors decode; no unexpected error goes out unmasked. Returns the
// errors of ours that failed the whole request (they have no `path`).
const judgeResult = (body: unknown, status: number): Result<OzError[], string> => {
  if (!isObject(body) || !('data' in body || 'errors' in body)) return err('not a GraphQL response')
  const errors = Array.isArray(body.errors) ? body.errors : []
  const whole: OzError[] = []
  for (const entry of errors) {
    const extensions = isObject(entry) && isObject(entry.extensions) ? entry.extensions : {}
    if ('error_code' in extensions) {
      const decoded = fromGraphQLError(entry)
      if (decoded.isErr()) return err(`an error of ours that does not decode: ${decoded.error.message}`)
      if (isObject(entry) && entry.path === undefined) whole.push(decoded.value)
    } else if (extensions.unexpected === true || extensions.code === 'INTERNAL_SERVER_ERROR') {
      return err('an unmasked unexpected error')
    }
  }
  if (body.data !== null && body.data !== undefined && status !== 200) {
    return err('data with a non-200 status')
  }
  return ok(whole)
}

const judgeGraphQL = (reply: Reply): Result<Verdict, string> => {
  if (reply.body === '') {
    return GRAPHQL_EMPTY.has(reply.status)
      ? ok({ type: 'graphql', status: reply.status })
      : err('an empty GraphQL answer')
  }
  const whole: OzError[] = []
  for (const payload of payloadsOf(reply)) {
    const judged = parse(payload).andThen((body) => judgeResult(body, reply.status))
    if (judged.isErr()) return err(judged.error)
    whole.push(...judged.value)
  }
  // A whole-request error of ours sets the status; Yoga picks the highest when there are several.
  const wanted = Math.max(0, ...whole.map(httpStatus))
  if (wanted > 0 && reply.status !== wanted) {
    return err(`a whole-request error of ${wanted} sent as ${reply.status}`)
  }
  if (reply.status >= 500 && wanted === 0) return err('a 5xx without an error of ours')
  const owed = whole.find((error) => httpStatus(error) === wanted)
  const problem = owed === undefined ? undefined : protocolProblem(owed, reply.headers)
  return problem === undefined ? ok({ type: 'graphql', status: reply.status }) : err(problem)
}

const judgeTRPC = (reply: Reply): Result<Verdict, string> =>
  parse(reply.body)
    .andThen((body) => judgeTRPCBody(body, reply.status))
    .andThen((errors) => {
      const [only] = errors
      const problem =
        errors.length === 1 && only !== undefined ? protocolProblem(only, reply.headers) : undefined
      return problem === undefined ? ok({ type: 'trpc', status: reply.status } as const) : err(problem)
    })

// Headers an error owes only at one status: one elsewhere was forwarded from a foreign error.
const strayHeader = (reply: Reply): string | undefined => {
  if (reply.status < 400 || reply.headers[GRAPHQL_MOUNT] !== undefined) return undefined
  if (reply.headers['www-authenticate'] !== undefined && reply.status !== 401)
    return 'a challenge on a non-401'
  if (reply.headers['retry-after'] !== undefined && reply.status === 500) return 'Retry-After on a 500'
  if (reply.headers.location !== undefined) return 'a Location on an error'
  return undefined
}

/**
 * Judges one reply to a request of `method` (with what is known of the request in `sent`):
 * conforming answers give their verdict, anything else names the first rule it breaks (with the
 * reply's start, for the failure message). No answer carries a leak (`leakIn`).
 */
export const judge = (method: string, reply: Reply, sent?: Sent): Result<Verdict, string> => {
  const verdict = ((): Result<Verdict, string> => {
    const graphql = reply.headers[GRAPHQL_MOUNT] !== undefined
    const echoText = graphql ? withoutOriginalError(reply.body) : reply.body
    const leak = leakIn(reply.body, reply.headers, sent, echoText)
    if (leak !== undefined) return err(`it carries ${leak}`)
    const stray = strayHeader(reply)
    if (stray !== undefined) return err(stray)
    if (reply.headers[SERVED_BY] === undefined) {
      return NODE_STATUSES.has(reply.status) && reply.body === ''
        ? ok({ type: 'node', status: reply.status })
        : err('an answer the app did not make')
    }
    if (method === 'HEAD') {
      // No body to decode; an error must still say which body it is (Yoga chooses its own type).
      if (reply.body !== '') return err('a HEAD answer with a body')
      const format = reply.status < 400 || graphql ? undefined : formatProblem(reply.headers, sent)
      return format === undefined ? ok({ type: 'head', status: reply.status }) : err(`HEAD: ${format}`)
    }
    if (graphql) return judgeGraphQL(reply)
    if (reply.headers[TRPC_MOUNT] !== undefined) return judgeTRPC(reply)
    const type = reply.headers['content-type'] ?? ''
    if (reply.status === 500 && type !== JSON_TYPE && type !== PROBLEM_TYPE) return err('a bare 500')
    if (reply.status >= 200 && reply.status < 300) {
      const body = parse(reply.body).map((value) => SuccessBody.safeParse(value))
      if (body.isOk() && body.value.success) return ok({ type: 'success', route: body.value.data.route })
      return err('a 2xx that is not the route’s success body')
    }
    return judgeError(reply, sent)
  })()
  return verdict.mapErr((rule) => `${rule}: ${method} answered ${show(reply)}`)
}
