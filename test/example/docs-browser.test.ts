import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type Running } from '../../examples/listen.js'

// Debian's chromium (`apt-get install chromium`). On a developer's machine without it the test
// is skipped, saying so; in CI (`CI` set) a missing browser fails the run instead.
const CHROMIUM = '/usr/bin/chromium'
const missing = !existsSync(CHROMIUM) && process.env.CI === undefined
if (missing)
  console.warn(`docs-browser: skipped, ${CHROMIUM} is missing (apt-get install chromium); CI runs it`)

describe.skipIf(missing)('the API reference at /docs, in headless Chromium', () => {
  let server: Running
  let browser: Browser
  beforeAll(async () => {
    server = await listen({ onUnexpected: () => {} })
    // Playwright starts it with a fresh, empty profile of its own.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('loads with no request leaving 127.0.0.1, and shows the routes and their error responses', {
    timeout: 90_000,
  }, async () => {
    const page = await browser.newPage()
    const requested: string[] = []
    page.on('request', (request) => {
      requested.push(request.url())
    })
    await page.goto(`${server.url}/docs`)
    // Swagger UI renders the operations once it has fetched /openapi.json.
    await page.locator('.opblock').first().waitFor({ timeout: 60_000 })
    // The text a reader sees (rendered, not hidden), as Playwright reads it.
    const text = (await page.locator('#swagger-ui').allInnerTexts()).join('\n')
    await page.close()

    const outside = requested.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(url))
    expect(outside).toEqual([])
    expect(requested).toContain(`${server.url}/openapi.json`)
    for (const path of [
      '/api/folders',
      '/api/folders/{id}',
      '/api/folders/{id}/analyses',
      '/api/admin/report',
    ])
      expect(text).toContain(path)
    for (const shown of [
      'NOT_EXIST (10)',
      'AUTH_NOT_PROVIDED (6)',
      'EXTERNAL_SERVICE (11)',
      'WWW-Authenticate',
      'Retry-After',
    ])
      expect(text).toContain(shown)
  })
})
