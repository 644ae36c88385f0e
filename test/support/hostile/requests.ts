// fast-check arbitraries for hostile HTTP requests against the fixture of hostile-app.ts.
import fc from 'fast-check'
import { OZ_ERROR_KINDS } from 'oz-errors'
import { acceptHeader } from './accept.js'
import { FOREIGN_SHAPES, VALIDATED } from './app.js'
import type { RawRequest } from './http.js'
import { NEGOTIATED_ROUTES } from './negotiated.js'
import { TRPC_ENDPOINT, TRPC_PROCEDURES } from './trpc.js'

// What Node's parser knows, and what it does not (lower case, made up): the latter never reach
// the app. CONNECT has a test of its own in fuzz-raw.test.ts (Node closes the socket).
const METHOD = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('TRACE', 'PROPFIND', 'PURGE', 'QUERY', 'SEARCH', 'M-SEARCH', 'LINK'),
  },
  { weight: 1, arbitrary: fc.constantFrom('get', 'FOO', 'GETS', 'X-CUSTOM') },
)

const MAIN_ROUTES = [
  '/health',
  '/items',
  '/items/1',
  '/items/2',
  '/items/form',
  '/me',
  '/echo',
  '/graphql',
  '/bug',
  '/bug/string',
  '/upstream/rejects',
  '/upstream/non-error',
  '/bug/path/x%0Ay',
]
const KIND_ROUTES = OZ_ERROR_KINDS.flatMap((kind) => [`/kinds/${kind}`, `/kinds/${kind}/thrown`])
// tRPC's procedures one by one and batched (`a,b?batch=1`), and its answers to unknown names.
const TRPC_ROUTES = [
  ...TRPC_PROCEDURES.map((name) => `${TRPC_ENDPOINT}/${name}`),
  `${TRPC_ENDPOINT}/hello,bug,conflict`,
  `${TRPC_ENDPOINT}/hello,hello`,
  `${TRPC_ENDPOINT}/nope`,
  `${TRPC_ENDPOINT}/`,
]
const OTHER_ROUTES = [
  ...VALIDATED.map(({ path }) => path),
  ...FOREIGN_SHAPES.flatMap((shape) =>
    [302, 401, 429, 503].map((status) => `/foreign/${encodeURIComponent(shape)}/${status}`),
  ),
]
const ROUTE = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MAIN_ROUTES) },
  { weight: 1, arbitrary: fc.constantFrom(...KIND_ROUTES) },
  { weight: 2, arbitrary: fc.constantFrom(...TRPC_ROUTES) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_ROUTES) },
  { weight: 2, arbitrary: fc.constantFrom(...NEGOTIATED_ROUTES) },
)

const WORDS = [
  'health',
  'items',
  '1',
  'form',
  'me',
  'kinds',
  'thrown',
  'bug',
  'string',
  'upstream',
  'echo',
  'graphql',
  'trpc',
  'validate',
  'foreign',
]
const DOTS = ['', '.', '..', '%2e', '%2E%2e', '.%2e', '%2f', '%5c', '\\']
const BAD_ESCAPES = ['%zz', '%', '%%', '%c0%af', '%ff', '%00', '%e2%82', '%F0%9F%92%A9', '%u0041', '%0d%0a']
const SAFE = "abcXYZ019-._~!$&'()*+,;=:@".split('')

const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...OZ_ERROR_KINDS) },
  { weight: 2, arbitrary: fc.constantFrom(...DOTS) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`),
  },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...SAFE), maxLength: 12 }) },
)

const QUERY = fc.constantFrom(
  'limit=1',
  'limit=0',
  'limit=abc',
  'limit=1&limit=2',
  'limit=1e999',
  '__proto__[x]=1',
  'query={hello}',
  'query=%7Bbug%20thrownString%7D',
  'query={',
  'a=%zz',
  'batch=1',
  `batch=1&input=${encodeURIComponent('{"0":"x","1":{"name":"ab"}}')}`,
  `input=${encodeURIComponent('"a\nb"')}`,
  'input=%7B',
  'input=%22%0D%0Aforged%22',
)

// Up to ~48 KB: beyond Node's 16 KB header limit, which it answers with 431 on its own.
const LONG_PATH_MAX = 48_000
const longPath = fc.tuple(segment, fc.integer({ min: 100, max: 5_000 })).map(([part, times]) => {
  const unit = part || 'x'
  return `/items/${unit.repeat(Math.min(times, Math.floor(LONG_PATH_MAX / unit.length)))}`
})

const PATH = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: ROUTE },
      { weight: 3, arbitrary: fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`) },
      { weight: 2, arbitrary: fc.tuple(ROUTE, segment).map(([route, part]) => `${route}/${part}`) },
      { weight: 1, arbitrary: longPath },
    ),
    fc.option(QUERY, { freq: 3 }),
  )
  .map(([path, query]) => (query === null ? path : `${path}?${query}`))

const printable = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength,
  })

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset=latin1',
  'application/vnd.api+json',
  'application/graphql-response+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zz',
  'multipart/form-data',
  '*/*',
  '',
  ';;;',
  'application/json, text/html',
]
export const ACCEPTS = [
  'application/json',
  'application/graphql-response+json',
  'text/event-stream',
  'multipart/mixed',
  'text/html',
  '*/*',
  'image/png',
]

/** Values of `x-token`, which the GraphQL context reads (see hostile-graphql.ts). */
export const TOKENS = ['none', 'invalid', 'db', 'boom', 'string', 'alice']

// Weighted so that most requests still reach the app: a bad Host or a header beyond 16 KB is
// answered by Node or @hono/node-server before it.
const HEADER: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...CONTENT_TYPES).map((value) => ['content-type', value] as const),
  },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...ACCEPTS, 'application/json;q=0', '')
      .map((value) => ['accept', value] as const),
  },
  // What the negotiated mount reads (issue 15): q-values, wildcards, case, junk, enormous ones.
  { weight: 3, arbitrary: acceptHeader.map((value) => ['accept', value] as const) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('Bearer alice', 'Basic Zm9vOmJhcg==', 'Bearer', '')
      .map((value) => ['authorization', value] as const),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        'session=abc',
        'session=%zz; session=x',
        '__proto__=1; a',
        `session=${'s'.repeat(100)}`,
        ';;=',
      )
      .map((value) => ['cookie', value] as const),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1', '2', '3', '').map((value) => ['x-api-version', value] as const),
  },
  { weight: 1, arbitrary: fc.constantFrom(...TOKENS).map((value) => ['x-token', value] as const) },
  { weight: 3, arbitrary: fc.tuple(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), printable(64)) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('', 'a b', '[::1', 'evil.example:99999', 'example.com')
      .map((value) => ['host', value] as const),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((size) => ['x-big', 'a'.repeat(size)] as const),
  },
)

const SMALL_BODY = fc.option(
  fc
    .constantFrom('{"name":"a","count":1}', '{"query":"{ hello }"}', 'name=a', '{')
    .map((text) => new TextEncoder().encode(text)),
  { freq: 2 },
)

const withBody = <T extends { body: Uint8Array | null }>({ body, ...request }: T) =>
  body === null ? request : { ...request, body }

// Requests a client of the API could send, so that every route's success and errors show up.
const plausible = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'HEAD'),
    path: fc
      .tuple(ROUTE, fc.option(QUERY, { freq: 3 }))
      .map(([path, query]) => (query === null ? path : `${path}?${query}`)),
    headers: fc.array(
      HEADER.filter(([name]) => name !== 'host' && name !== 'x-big'),
      { maxLength: 3 },
    ),
    body: SMALL_BODY,
  })
  .map(withBody)

// A request that passes 64 KiB is reset by Node 24's client before it reads the server's early
// 431 (issue 16): what a client can send stays below that, and a larger one is a raw-socket case
// in fuzz-raw.test.ts.
const CLIENT_LIMIT = 60_000
const size = (request: RawRequest) =>
  request.method.length +
  request.path.length +
  request.headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0) +
  (request.body?.length ?? 0)

const hostile = fc
  .record({ method: METHOD, path: PATH, headers: fc.array(HEADER, { maxLength: 6 }), body: SMALL_BODY })
  .map(withBody)
  .filter((request) => size(request) <= CLIENT_LIMIT)

// Requests to the negotiated mount, each with one or two Accept headers (issue 15).
const negotiated = fc
  .record({
    method: fc.constantFrom('GET', 'GET', 'POST', 'HEAD', 'PUT', 'DELETE'),
    path: fc
      .tuple(fc.constantFrom(...NEGOTIATED_ROUTES), fc.option(QUERY, { freq: 4 }))
      .map(([path, query]) => (query === null ? path : `${path}?${query}`)),
    accepts: fc.array(acceptHeader, { minLength: 1, maxLength: 2 }),
    headers: fc.array(
      HEADER.filter(([name]) => name !== 'host' && name !== 'x-big'),
      { maxLength: 2 },
    ),
    body: SMALL_BODY,
  })
  .map(({ accepts, headers, ...request }) =>
    withBody({ ...request, headers: [...accepts.map((value) => ['accept', value] as const), ...headers] }),
  )

// Well-formed GraphQL calls of every field, with each token and Accept: without them, a GraphQL
// answer is a rare draw among the routes above (a handful in 800), and its check could go unseen.
const FIELDS = [
  '{ hello }',
  '{ item(id: "1") { name } }',
  '{ item(id: "2") { name } }',
  '{ forbidden }',
  '{ bug }',
  '{ thrownString }',
  '{ count(limit: 5) }',
]
const graphqlCall = fc
  .record({
    query: fc.constantFrom(...FIELDS),
    token: fc.option(fc.constantFrom(...TOKENS), { freq: 2 }),
    accept: fc.constantFrom(...ACCEPTS),
  })
  .map(({ query, token, accept }) => ({
    method: 'POST',
    path: '/graphql',
    headers: [
      ['content-type', 'application/json'] as const,
      ['accept', accept] as const,
      ...(token === null ? [] : [['x-token', token] as const]),
    ],
    body: new TextEncoder().encode(JSON.stringify({ query })),
  }))

/** Requests with arbitrary methods, paths and headers, and small bodies. */
export const routingRequest: fc.Arbitrary<RawRequest> = fc.oneof(
  { weight: 2, arbitrary: plausible },
  { weight: 4, arbitrary: hostile },
  { weight: 2, arbitrary: negotiated },
  { weight: 1, arbitrary: graphqlCall },
)
