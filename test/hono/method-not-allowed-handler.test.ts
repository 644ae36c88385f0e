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

describe('methodNotAllowedHandler', () => {
  it('answers a known path with a wrong method with NOT_ALLOWED 405, details and Allow', async () => {
    const response = await fetch(`${server.url}/folders`, { method: 'PUT' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
    expect(await decode(response)).toStrictEqual(
      OzErr.notAllowed({ details: { method: 'PUT', allowed: ['GET', 'HEAD', 'POST'] } }),
    )
  })

  it('finds the allowed methods of a parameterised route', async () => {
    const response = await fetch(`${server.url}/folders/42`, { method: 'GET' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('DELETE')
  })

  it('sends an empty Allow over the wire when an HTTPException 405 names no methods', async () => {
    const response = await fetch(`${server.url}/no-allow`)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('')
    expect(await decode(response)).toStrictEqual(
      OzErr.notAllowed({ details: { method: 'GET', allowed: [] } }),
    )
  })

  it('leaves routes that match alone', async () => {
    const response = await fetch(`${server.url}/folders`, { method: 'POST' })
    expect(response.status).toBe(201)
  })

  it('renders the same 405 with Allow through app.request(), without a socket', async () => {
    const response = await app.request('/folders', { method: 'PATCH' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  })
})
