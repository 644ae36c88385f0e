import { trace } from '@opentelemetry/api'
import { Hono } from 'hono'
import { errorHandler } from 'oz-errors/hono'
import { ozErrorSerializer, recordOzError } from 'oz-errors/observe'
import pino from 'pino'

const logger = pino({ serializers: { err: ozErrorSerializer } })

const app = new Hono()
app.onError(
  errorHandler({
    // Every rendered error, ours or masked: on the request's span.
    onError: (error) => {
      const span = trace.getActiveSpan()
      if (span !== undefined) recordOzError(span, error)
    },
    // Masked ones only: the original thrown value, for the log.
    onUnexpected: (thrown, c) => logger.error({ err: thrown, path: c.req.path }, 'unexpected error'),
  }),
)
