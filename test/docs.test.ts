import { readdirSync, readFileSync } from 'node:fs'
import { httpStatus, OZ_ERROR_KINDS, OZ_KINDS, ozError } from 'oz-errors'
import { ozErrorFormatter, toTRPCError } from 'oz-errors/trpc'
import { describe, expect, it } from 'vitest'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const readme = read('README.md')

// Every page a reader opens: the README (the front page) and one guide per entry point.
const pages = [
  'README.md',
  ...readdirSync(new URL('docs/', root), { recursive: true, encoding: 'utf8' }).map((name) => `docs/${name}`),
]
  .filter((path) => path.endsWith('.md'))
  .map((path) => ({ path, text: read(path) }))

// Every snippet is a typechecked file under examples/docs/, quoted verbatim after its marker.
const snippets = readdirSync(new URL('examples/docs/', root), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => `examples/docs/${path}`)

const MARKER = /<!-- snippet: (\S+) -->\n```ts\n/g

describe('the docs', () => {
  it('give every entry point of package.json a guide', () => {
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> }
    const entries = Object.keys(pkg.exports).filter((entry) => entry !== './package.json')
    const guide = (entry: string) => (entry === '.' ? 'docs/core.md' : `docs/${entry.slice(2)}.md`)
    expect(entries.map(guide).filter((path) => !pages.some((page) => page.path === path))).toEqual([])
  })

  it('start, in the README, with the two commands', () => {
    const top = readme.slice(0, readme.indexOf('## '))
    expect(top).toContain('npm install && npm start')
    expect(top).toContain('npm install && npm test')
  })

  it.each(snippets)('quote %s exactly, on one page, so every snippet is typechecked', (file) => {
    const quoted = `<!-- snippet: ${file} -->\n\`\`\`ts\n${read(file)}\`\`\``
    expect(pages.filter((page) => page.text.includes(quoted)).map((page) => page.path)).toHaveLength(1)
  })

  it('name only snippets that exist', () => {
    const named = pages.flatMap((page) => [...page.text.matchAll(MARKER)].map((m) => m[1]))
    expect(named.filter((file) => !snippets.includes(file ?? ''))).toEqual([])
    expect(named.length).toBe(snippets.length)
  })

  it('have no TypeScript block that is not a quoted snippet', () => {
    for (const page of pages) {
      const blocks = page.text.split('```ts\n').length - 1
      expect([page.path, [...page.text.matchAll(MARKER)].length]).toEqual([page.path, blocks])
    }
  })

  it("list the 13 codes in the README exactly as the core's table has them", () => {
    const rows = codeRows().map((cells) => cells.slice(0, 4))
    const expected = OZ_ERROR_KINDS.map((kind) => [
      String(OZ_KINDS[kind].code),
      `\`${kind}\``,
      String(httpStatus({ kind })),
      OZ_KINDS[kind].message,
    ])
    expect(rows).toEqual(expected)
  })

  it('show in the README each code over tRPC as ozErrorFormatter answers it', () => {
    const format = ozErrorFormatter()
    const expected = OZ_ERROR_KINDS.map((kind) => {
      const error = toTRPCError(ozError(kind))
      // 500, as tRPC hands a thrown OzException: the answer must still be the kind's status.
      const shape = format({ error, type: 'query', path: 'p', shape: { data: { httpStatus: 500 } } })
      return `\`${shape.data.code}\` / ${shape.data.httpStatus}`
    })
    expect(codeRows().map((cells) => cells[6])).toEqual(expected)
  })
})

/** The cells of each code's row in the README's table. */
const codeRows = (): string[][] =>
  readme
    .slice(readme.indexOf('<!-- codes:start -->'), readme.indexOf('<!-- codes:end -->'))
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
