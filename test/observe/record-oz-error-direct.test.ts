import { SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { OzErr } from 'oz-errors'
import { recordOzError } from 'oz-errors/observe'
import { describe, expect, it } from 'vitest'

describe('recordOzError called directly', () => {
  it('without options, records a 4xx and leaves the span status unset, a 5xx as an error', () => {
    const exporter = new InMemorySpanExporter()
    const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer(
      't',
    )
    const missing = tracer.startSpan('missing')
    recordOzError(missing, OzErr.notExist())
    missing.end()
    const down = tracer.startSpan('down')
    recordOzError(down, OzErr.database())
    down.end()
    const [first, second] = exporter.getFinishedSpans()
    expect(first?.attributes).toEqual({
      'error.type': 'NOT_EXIST',
      'http.response.status_code': 404,
      'oz.error_code': 10,
    })
    expect(first?.status.code).toBe(SpanStatusCode.UNSET)
    expect(second?.status).toEqual({ code: SpanStatusCode.ERROR, message: OzErr.database().message })
  })
})
