import { AsyncLocalStorage } from 'node:async_hooks'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { createSchema, createYoga } from 'graphql-yoga'
import { Hono } from 'hono'
import { err } from 'neverthrow'
import { OzErr, OzException } from 'oz-errors'
import { createMaskError, unwrapOrThrow } from 'oz-errors/graphql'
import { errorHandler } from 'oz-errors/hono'
import { recordOzError } from 'oz-errors/observe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { listen, type Served } from '../support/serve.js'

const exporter = new InMemorySpanExporter()
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer(
  'test',
)
beforeEach(() => exporter.reset())

const finished = (name: string) => {
  const span = exporter.getFinishedSpans().find((s) => s.name === name)
  if (span === undefined) throw new Error(`no span ${name}`)
  return { attributes: span.attributes, status: span.status.code }
}

describe('recordOzError through a Hono app', () => {
  let server: Served
  beforeAll(async () => {
    const app = new Hono<{ Variables: { span: Span } }>()
    app.use(async (c, next) => {
      const span = tracer.startSpan(`GET ${c.req.path}`, { kind: SpanKind.SERVER })
      c.set('span', span)
      await next()
      span.end()
    })
    app.get('/missing', () => {
      throw new OzException(OzErr.notExist({ details: { resource: 'folder' } }))
    })
    app.get('/down', () => {
      throw new OzException(OzErr.database({ message: 'Try later', details: { retry_after: 5 } }))
    })
    app.get('/bug', () => {
      throw new TypeError('x is undefined')
    })
    app.onError(
      errorHandler({
        onUnexpected: () => {},
        onError: (error, { c }) => recordOzError(c.get('span'), error),
      }),
    )
    server = await listen(app)
  })
  afterAll(() => server.close())

  it('sets error.type and the status code of a 4xx and leaves the server span status unset', async () => {
    expect((await fetch(`${server.url}/missing`)).status).toBe(404)
    expect(finished('GET /missing')).toEqual({
      attributes: { 'error.type': 'NOT_EXIST', 'http.response.status_code': 404, 'oz.error_code': 10 },
      status: SpanStatusCode.UNSET,
    })
  })

  it('sets the span status to Error for a 5xx, with the message sent', async () => {
    expect((await fetch(`${server.url}/down`)).status).toBe(503)
    const span = exporter.getFinishedSpans().find((s) => s.name === 'GET /down')
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Try later' })
    expect(span?.attributes['error.type']).toBe('DATABASE')
  })

  it('records a masked bug as UNKNOWN 500, nothing of the original', async () => {
    expect((await fetch(`${server.url}/bug`)).status).toBe(500)
    const span = exporter.getFinishedSpans().find((s) => s.name === 'GET /bug')
    expect(span?.attributes).toEqual({
      'error.type': 'UNKNOWN',
      'http.response.status_code': 500,
      'oz.error_code': 0,
    })
    expect(span?.status.code).toBe(SpanStatusCode.ERROR)
    expect(JSON.stringify(span?.status)).not.toContain('undefined')
  })
})

describe('recordOzError on a client span', () => {
  it('sets the status to Error for a 4xx too', () => {
    const span = tracer.startSpan('GET /folders/7', { kind: SpanKind.CLIENT })
    recordOzError(span, OzErr.authExpired(), { spanKind: 'client' })
    span.end()
    expect(finished('GET /folders/7').status).toBe(SpanStatusCode.ERROR)
  })
})

describe('recordOzError through a Yoga server', () => {
  const current = new AsyncLocalStorage<Span>()
  let url = ''
  let close: () => Promise<void> = async () => {}
  beforeAll(async () => {
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { folder: String, bug: String }',
        resolvers: {
          Query: {
            folder: () => unwrapOrThrow(err(OzErr.notExist({ details: { resource: 'folder' } }))),
            bug: () => {
              throw new Error('db password hunter2')
            },
          },
        },
      }),
      maskedErrors: {
        maskError: createMaskError({
          onError: (error) => {
            const span = current.getStore()
            if (span !== undefined) recordOzError(span, error, { httpStatus: false })
          },
        }),
      },
      logging: false,
    })
    const server = createServer((req, res) => {
      const span = tracer.startSpan(`POST ${req.url}`, { kind: SpanKind.SERVER })
      res.on('finish', () => span.end())
      current.run(span, () => yoga(req, res))
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
    close = () => new Promise((done) => server.close(() => done()))
  })
  afterAll(() => close())

  const query = (q: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    })

  it('records a field error of ours and a masked one on the request span', async () => {
    expect((await query('{ folder }')).status).toBe(200)
    expect(finished('POST /graphql')).toEqual({
      attributes: { 'error.type': 'NOT_EXIST', 'oz.error_code': 10 },
      status: SpanStatusCode.UNSET,
    })
    exporter.reset()
    await query('{ bug }')
    expect(finished('POST /graphql')).toMatchObject({
      attributes: { 'error.type': 'UNKNOWN' },
      status: SpanStatusCode.ERROR,
    })
  })
})
