import { fromWire, OzErr } from 'oz-errors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routingApp } from '../support/routing-app.js'
import { listen, type Served } from '../support/serve.js'

const app = routingApp()
let server: Served
beforeAll(async () => {
  server = await listen(app)
})
afterAll(() => server.close())

const decode = async (response: Response) => fromWire(await response.json())._unsafeUnwrap()

describe('notFoundHandler', () => {
  it('answers an unknown path with NOT_EXIST 404 and no details', async () => {
    const response = await fetch(`${server.url}/nowhere?q=<script>`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await decode(response)).toStrictEqual(OzErr.notExist())
  })

  it('keeps headers that middleware set with c.header() before the handler', async () => {
    const response = await fetch(`${server.url}/nowhere`)
    expect(response.headers.get('x-request-id')).toBe('req-1')
  })

  it('renders the same 404 body through app.request(), without a socket', async () => {
    expect(await decode(await app.request('/nowhere'))).toStrictEqual(OzErr.notExist())
  })
})
