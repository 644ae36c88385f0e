// One table, every adapter: the same thrown value gets the same answer from each entry that
// renders errors, because all of them ask the core's asOzError (docs/architecture.md).

import { initTRPC } from '@trpc/server'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { Hono } from 'hono'
import { fromWire, OzErr } from 'oz-errors'
import { formatError, fromGraphQLError, maskError, toGraphQLError, wholeRequest } from 'oz-errors/graphql'
import { errorHandler, wrapNonErrors } from 'oz-errors/hono'
import { ozErrorFormatter } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'
import { THROWN } from '../support/thrown-values.js'

let thrown: unknown
const app = new Hono()
app.use(wrapNonErrors())
app.get('/', () => {
  throw thrown
})
app.onError(errorHandler({ onUnexpected: () => {} }))

const SECRET = 's3cr3t'

const viaHono = async (value: unknown) => {
  thrown = value
  const response = await app.request('/')
  const text = await response.text()
  expect(text).not.toContain(SECRET)
  const error = fromWire(JSON.parse(text))._unsafeUnwrap()
  return { kind: error.kind, details: error.details, status: response.status }
}

const viaMaskError = (value: unknown) => {
  const masked = maskError(value)
  expect(JSON.stringify(masked.toJSON())).not.toContain(SECRET)
  const error = fromGraphQLError(JSON.parse(JSON.stringify(masked.toJSON())))._unsafeUnwrap()
  return { kind: error.kind, details: error.details, status: masked.extensions.http?.status }
}

const viaFormatError = (value: unknown) => {
  const formatted: GraphQLFormattedError = { message: 'Unexpected error.', path: ['field'] }
  const out = formatError(formatted, value)
  expect(JSON.stringify(out)).not.toContain(SECRET)
  const error = fromGraphQLError(out)._unsafeUnwrap()
  return { kind: error.kind, details: error.details }
}

const t = initTRPC.create({ errorFormatter: ozErrorFormatter({ onUnexpected: () => {} }) })
const router = t.router({
  fail: t.procedure.query(() => {
    throw thrown
  }),
})

const viaTRPC = async (value: unknown) => {
  thrown = value
  const request = new Request('http://127.0.0.1/trpc/fail')
  const response = await fetchRequestHandler({ endpoint: '/trpc', req: request, router })
  const text = await response.text()
  expect(text).not.toContain(SECRET)
  const oz = (JSON.parse(text) as { error: { data: { oz: unknown } } }).error.data.oz
  const error = fromWire(oz)._unsafeUnwrap()
  return { kind: error.kind, details: error.details, status: response.status }
}

// wholeRequest converts what is ours and passes anything else on, for the mask to answer.
const viaWholeRequest = async (value: unknown) => {
  const failed = await wholeRequest(() => {
    throw value
  })().catch((caught: unknown) => caught)
  const error = fromGraphQLError(failed).map((e) => e.kind)
  return error.isOk() ? error.value : 'passed on'
}

describe('every adapter gives the same thrown value the same answer', () => {
  it.each(THROWN)('%s', async (_, make, kind) => {
    const hono = await viaHono(make())
    const yoga = viaMaskError(make())
    const apollo = viaFormatError(make())
    const trpc = await viaTRPC(make())
    expect([hono.kind, yoga.kind, apollo.kind, trpc.kind]).toEqual([kind, kind, kind, kind])
    expect(trpc.details).toStrictEqual(hono.details)
    expect(trpc.status).toBe(hono.status)
    // The same checked copy is rendered: same details, and the status of that kind.
    expect(yoga.details).toStrictEqual(hono.details)
    expect(apollo.details).toStrictEqual(hono.details)
    expect(yoga.status).toBe(hono.status)
    expect(await viaWholeRequest(make())).toBe(kind === 'UNKNOWN' ? 'passed on' : kind)
  })
})

describe('what only the GraphQL adapter recognises', () => {
  // The core imports no framework: a GraphQLError is the GraphQL adapter's to recognise.
  it('a GraphQLError carrying our extensions is ours to the GraphQL masks, UNKNOWN to Hono', async () => {
    const graphql = toGraphQLError(OzErr.authInvalid())
    expect(viaMaskError(graphql).kind).toBe('AUTH_INVALID')
    expect(viaFormatError(graphql).kind).toBe('AUTH_INVALID')
    expect((await viaHono(graphql)).kind).toBe('UNKNOWN')
  })

  it('a GraphQLError of GraphQL itself passes the masks as the server reports it', () => {
    const syntax = new GraphQLError('Syntax Error: Unexpected Name "x".')
    expect(maskError(syntax)).toBe(syntax)
    const formatted = { message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }
    expect(formatError(formatted, syntax)).toBe(formatted)
  })
})
