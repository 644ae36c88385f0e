// The one table of cases both GraphQL servers answer (server-table.test.ts runs it against
// graphql-yoga with maskError + ozYogaPlugin and Apollo Server with formatError +
// ozApolloPlugin). Our errors expect one answer, the same on both; GraphQL's and the servers'
// own errors record each server's status and code.
import { httpHeaders, httpStatus, OZ_ERROR_KINDS, OzErr, type OzError, toWire } from 'oz-errors'
import { type Form, refusalToken, SAMPLES } from '../support/graphql-fixtures.js'
import type { ServerName } from '../support/graphql-servers.js'

/** A request as the table sends it; GET goes with Apollo's CSRF header unless `bareGet`. */
export interface TableRequest {
  readonly method: 'GET' | 'POST'
  /** The query string of a GET, or the raw body of a POST. */
  readonly payload: string
  readonly token?: string
  readonly bareGet?: boolean
}

/** What both servers must answer, exactly. */
export interface OursExpected {
  readonly status: number
  /** Headers that must be there with these values; every other header of ours must be absent. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: unknown
}

/**
 * A server's own answer: its status (one, or `[for graphql-response+json, for application/json]`)
 * and the first error's `extensions.code` (`null`: no error, or not a GraphQL body).
 */
export type OwnExpected = Readonly<
  Record<ServerName, { readonly status: number | readonly [number, number]; readonly code: string | null }>
>

export type TableCase =
  | { readonly name: string; readonly request: TableRequest; readonly ours: OursExpected }
  | {
      readonly name: string
      readonly request: TableRequest
      readonly own: OwnExpected
      /**
       * A client's mistake: never a 5xx or UNKNOWN; a 4xx for graphql-response+json (Yoga
       * answers some with 200 for application/json, as GraphQL-over-HTTP allows there).
       */
      readonly clientMistake?: boolean
    }

const json = (
  query: string | undefined,
  variables?: Record<string, unknown>,
  extensions?: unknown,
): TableRequest => ({
  method: 'POST',
  payload: JSON.stringify({
    query,
    ...(variables ? { variables } : {}),
    ...(extensions ? { extensions } : {}),
  }),
})

const extensionsOf = (error: OzError) => ({
  code: error.kind,
  error_code: error.code,
  details: error.details,
})

const contextRefusal = (kind: (typeof OZ_ERROR_KINDS)[number], form: Form): TableCase => {
  const error = SAMPLES[kind]
  return {
    name: `context throws ${kind} as ${form}`,
    request: { ...json('{ hello }'), token: refusalToken(kind, form) },
    ours: {
      status: httpStatus(error),
      headers: httpHeaders(error),
      body: { errors: [{ message: error.message, extensions: extensionsOf(error) }] },
    },
  }
}

const PARTIAL = 'query ($wire: String!, $form: String) { hello fail(wire: $wire, form: $form) }'
const NO_DATA = 'query ($wire: String!, $form: String) { failNonNull(wire: $wire, form: $form) }'

const fieldError = (kind: (typeof OZ_ERROR_KINDS)[number], form: Form, partial: boolean): TableCase => {
  const error = SAMPLES[kind]
  const query = partial ? PARTIAL : NO_DATA
  const field = partial ? 'fail' : 'failNonNull'
  return {
    name: `a resolver throws ${kind} as ${form}, ${partial ? 'with partial data' : 'data null'}`,
    request: json(query, { wire: JSON.stringify(toWire(error)), form }),
    ours: {
      status: 200,
      headers: {},
      body: {
        data: partial ? { hello: 'world', fail: null } : null,
        errors: [
          {
            message: error.message,
            locations: [{ line: 1, column: query.indexOf(`${field}(`) + 1 }],
            path: [field],
            extensions: extensionsOf(error),
          },
        ],
      },
    },
  }
}

const unknown = extensionsOf(OzErr.unknown())
const at = (query: string, field: string) => [{ line: 1, column: query.indexOf(field) + 1 }]
const BUGS = '{ hello bug thrownString }'

/** Every case, in the order the suite runs them. */
export const TABLE: readonly TableCase[] = [
  ...OZ_ERROR_KINDS.flatMap((kind) =>
    (['exception', 'graphql', 'http'] as const).map((form) => contextRefusal(kind, form)),
  ),
  ...OZ_ERROR_KINDS.flatMap((kind) =>
    (['result', 'http'] as const).flatMap((form) => [
      fieldError(kind, form, true),
      fieldError(kind, form, false),
    ]),
  ),
  {
    name: 'a resolver throws a bug with a secret in its message, and a string',
    request: json(BUGS),
    ours: {
      status: 200,
      headers: {},
      body: {
        data: { hello: 'world', bug: null, thrownString: null },
        errors: [
          {
            message: OzErr.unknown().message,
            locations: at(BUGS, 'bug'),
            path: ['bug'],
            extensions: unknown,
          },
          {
            message: OzErr.unknown().message,
            locations: at(BUGS, 'thrownString'),
            path: ['thrownString'],
            extensions: unknown,
          },
        ],
      },
    },
  },
  ...['boom', 'string'].map((token) => ({
    name: `the context throws a ${token === 'boom' ? 'bug' : 'string'} carrying a secret`,
    request: { ...json('{ hello }'), token },
    ours: {
      status: 500,
      headers: {},
      body: { errors: [{ message: OzErr.unknown().message, extensions: unknown }] },
    },
  })),
  {
    name: 'a library’s GraphQLError with extensions.http 403 at a field',
    request: json('{ hello foreign403 }'),
    ours: {
      status: 200,
      headers: {},
      body: {
        data: { hello: 'world', foreign403: null },
        errors: [
          {
            message: 'Forbidden by a library',
            locations: at('{ hello foreign403 }', 'foreign403'),
            path: ['foreign403'],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    },
  },
  {
    name: 'a syntax error',
    request: json('{ hello'),
    own: {
      yoga: { status: [400, 200], code: 'GRAPHQL_PARSE_FAILED' },
      apollo: { status: 400, code: 'GRAPHQL_PARSE_FAILED' },
    },
  },
  {
    name: 'a validation error',
    request: json('{ nope }'),
    own: {
      yoga: { status: [400, 200], code: 'GRAPHQL_VALIDATION_FAILED' },
      apollo: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  },
  {
    name: 'a variable of the wrong type',
    request: json('query ($n: Int!) { count(limit: $n) }', { n: 'ten' }),
    // Yoga gives graphql-js's variable errors no code.
    own: { yoga: { status: 400, code: null }, apollo: { status: 400, code: 'BAD_USER_INPUT' } },
  },
  ...[
    ['a GET whose variables are not JSON', 'query=%7B%20hello%20%7D&variables=%7Bnope'],
    ['a GET whose extensions are not JSON', 'query=%7B%20hello%20%7D&extensions=nope'],
  ].map(([name, payload]) => ({
    name: String(name),
    request: { method: 'GET' as const, payload: String(payload) },
    own: { yoga: { status: 400, code: 'BAD_REQUEST' }, apollo: { status: 400, code: 'BAD_REQUEST' } },
    clientMistake: true,
  })),
  {
    name: 'a POST whose extensions are a string',
    request: { method: 'POST', payload: JSON.stringify({ query: '{ hello }', extensions: 'nope' }) },
    own: { yoga: { status: 400, code: 'BAD_REQUEST' }, apollo: { status: 400, code: 'BAD_REQUEST' } },
    clientMistake: true,
  },
  {
    name: 'a malformed JSON body',
    request: { method: 'POST', payload: '{"query": "{ hello }", "password": hunter2' },
    // Apollo's standalone server answers with express's HTML page, before Apollo runs.
    own: { yoga: { status: 400, code: 'BAD_REQUEST' }, apollo: { status: 400, code: null } },
    clientMistake: true,
  },
  {
    name: 'a persisted query whose hash does not match',
    request: json('{ hello }', undefined, { persistedQuery: { version: 1, sha256Hash: 'abc' } }),
    // Yoga without its persisted-operations plugin ignores the extension and runs the query.
    own: { yoga: { status: 200, code: null }, apollo: { status: 400, code: 'INTERNAL_SERVER_ERROR' } },
  },
  {
    name: 'a persisted query the server does not know',
    request: json(undefined, undefined, { persistedQuery: { version: 1, sha256Hash: 'abc' } }),
    own: {
      yoga: { status: [400, 200], code: 'BAD_REQUEST' },
      apollo: { status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' },
    },
  },
  {
    name: 'a GET without a content type or preflight header (Apollo: CSRF prevention)',
    request: { method: 'GET', payload: 'query=%7B%20hello%20%7D', bareGet: true },
    own: { yoga: { status: 200, code: null }, apollo: { status: 400, code: 'BAD_REQUEST' } },
  },
]
