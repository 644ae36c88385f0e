import { runClient } from './client-flow.js'

// `npm run example:client [url]`: the example client against a running `npm start`.
const url = process.argv[2] ?? process.env.OZ_URL ?? 'http://127.0.0.1:8787'
console.log(`client against ${url}\n`)
try {
  await fetch(url)
} catch {
  console.error(`Nothing answers at ${url}. Start the server first: npm start`)
  process.exit(1)
}
const report = await runClient(url)
const all = [...report.rest, ...report.graphql, ...report.trpc]
console.log(
  `\n${all.length} steps: ${all.filter((s) => s.ok).length} ok, ${all.filter((s) => !s.ok).length} handled and given up on`,
)
