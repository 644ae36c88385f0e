import { readdirSync, readFileSync } from 'node:fs'
import { httpStatus, OZ_ERROR_KINDS, OZ_KINDS } from 'oz-errors'
import { describe, expect, it } from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('the README', () => {
  it('starts with the two commands', () => {
    const top = readme.slice(0, readme.indexOf('## '))
    expect(top).toContain('npm install && npm start')
    expect(top).toContain('npm install && npm test')
  })

  it.each(readdirSync(new URL('../examples/readme/', import.meta.url)))(
    'quotes examples/readme/%s exactly, so every snippet is typechecked',
    (file) => {
      const code = readFileSync(new URL(`../examples/readme/${file}`, import.meta.url), 'utf8')
      expect(readme).toContain(`<!-- snippet: examples/readme/${file} -->\n\`\`\`ts\n${code}\`\`\``)
    },
  )

  it("lists the 13 codes exactly as the core's table has them", () => {
    const table = readme.slice(readme.indexOf('<!-- codes:start -->'), readme.indexOf('<!-- codes:end -->'))
    const rows = table
      .split('\n')
      .filter((line) => /^\|\s*\d+\s*\|/.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, 5)
          .map((cell) => cell.trim()),
      )
    const expected = OZ_ERROR_KINDS.map((kind) => [
      String(OZ_KINDS[kind].code),
      `\`${kind}\``,
      String(httpStatus({ kind })),
      OZ_KINDS[kind].message,
    ])
    expect(rows).toEqual(expected)
  })
})
