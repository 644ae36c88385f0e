import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type AppOptions, createApp, type ExampleApp } from './app.js'

export interface Running extends ExampleApp {
  /** `http://host:port`, with the port actually bound (useful with port 0). */
  readonly url: string
  close(): Promise<void>
}

/** Starts the example app on Node; port 0 picks a free one. Used by `npm start` and the tests. */
export const listen = (options: AppOptions & { port?: number; hostname?: string } = {}): Promise<Running> => {
  const example = createApp(options)
  const hostname = options.hostname ?? '127.0.0.1'
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: example.app.fetch, port: options.port ?? 0, hostname },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
        resolve({
          ...example,
          url: `http://${host}:${info.port}`,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()))
              // Keep-alive sockets from fetch would hold close() open until they time out.
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        })
      },
    )
    server.once('error', reject)
  })
}
