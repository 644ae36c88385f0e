import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

/** A running server on 127.0.0.1 and a free port. */
export interface Served {
  readonly port: number
  readonly url: string
  readonly close: () => Promise<void>
}

/** Serves `app` with `@hono/node-server` on loopback; resolves once it listens. */
export const listen = (app: { fetch: (request: Request) => Response | Promise<Response> }): Promise<Served> =>
  new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        port: info.port,
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
  })

/** Listens a Node HTTP server (tRPC's standalone adapter, Yoga on `node:http`) on loopback. */
export const listenNode = (server: Server): Promise<Served> =>
  new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            server.closeAllConnections()
          }),
      })
    })
  })
