// fast-check arbitraries for hostile request bodies: truncated JSON, 100k levels of nesting, huge
// numbers, `__proto__` keys, forms, GraphQL documents and raw bytes.
import fc from 'fast-check'
import { acceptHeader } from './accept.js'
import type { RawRequest } from './http.js'
import { ACCEPTS, CONTENT_TYPES, TOKENS } from './requests.js'

const deep = (depth: number): fc.Arbitrary<string> =>
  fc.constantFrom(
    '['.repeat(depth) + ']'.repeat(depth),
    `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    `{"name":${'['.repeat(depth)}${']'.repeat(depth)},"count":1}`,
    '['.repeat(depth),
    `{"query":"{ hello }","variables":${'{"v":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    `{"query":"${'{ a '.repeat(depth)}"}`,
  )

const TEXT_BODY = fc.oneof(
  fc.constantFrom(
    '{"name":"a","count":1}',
    '{"__proto__":{"polluted":true},"name":"a","count":1}',
    '{"constructor":{"prototype":{"polluted":true}},"name":"a","count":2}',
    '{"name":"a","count":1e999}',
    '{"name":"a","count":123456789012345678901234567890}',
    '{"name":"a","count":-0}',
    '\uFEFF{"name":"a","count":1}',
    '{"query":"{ hello item(id: \\"2\\") { id } bug thrownString forbidden }"}',
    '{"query":"{ count(limit: 99999999999999999999) }"}',
    '{"query":"query($l: Int!) { count(limit: $l) }","variables":{"l":"x"}}',
    '{"query":"{ __proto__ }","variables":{"__proto__":{"polluted":true}}}',
    '{"query":"{","extensions":{"persistedQuery":1}}',
    'name=a&name=b&__proto__=x',
    'name=%zz',
    '--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc\r\n--zz--\r\n',
    '--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nabc',
  ),
  fc
    .tuple(fc.constantFrom('{"name":"abc","count":12}', '{"query":"{ item(id: 1) { id name } }"}'), fc.nat())
    .map(([text, cut]) => text.slice(0, cut % text.length)),
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom(1_000, 100_000).chain(deep),
)

/** POSTs of hostile bodies to the routes that read one, with odd content types. */
export const bodyRequest: fc.Arbitrary<RawRequest> = fc
  .record({
    path: fc.constantFrom(
      '/items',
      '/items/form',
      '/echo',
      '/graphql',
      '/trpc/zod',
      '/trpc/valibot',
      '/trpc/write',
      '/trpc/zod,valibot?batch=1',
      '/validate/0',
      '/validate/20',
      '/negotiated/items',
      '/negotiated/validate/0',
    ),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    accept: fc.oneof(fc.constantFrom(...ACCEPTS), acceptHeader),
    token: fc.option(fc.constantFrom(...TOKENS), { freq: 3 }),
    body: fc.oneof(
      { weight: 5, arbitrary: TEXT_BODY.map((text) => new TextEncoder().encode(text)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
    ),
  })
  .map(
    ({ path, contentType, accept, token, body }): RawRequest => ({
      method: 'POST',
      path,
      headers: [
        ['content-type', contentType],
        ['accept', accept],
        ...(token === null ? [] : [['x-token', token] as const]),
      ],
      body,
    }),
  )
