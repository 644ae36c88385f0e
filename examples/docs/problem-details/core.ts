import { fromProblem, fromResponse, OzErr, toProblem } from 'oz-errors'

const error = OzErr.invalidStructure({
  details: { issues: [{ key_path: 'items.0.name', message: 'Expected a string' }] },
})
const problem = toProblem(error, { typeBase: 'https://api.example.com/problems/', instance: '/orders' })
console.log(JSON.stringify(problem))
// {"type":"https://api.example.com/problems/invalid-structure","title":"Incorrect structure of request",
//  "status":400,"detail":"Incorrect structure of request","instance":"/orders","error_code":3,
//  "details":{"issues":[{"key_path":"items.0.name","message":"Expected a string"}]},
//  "errors":[{"pointer":"/items/0/name","detail":"Expected a string"}]}

console.log(fromProblem(JSON.parse(JSON.stringify(problem)))._unsafeUnwrap().kind) // INVALID_STRUCTURE

// A client decodes either body: Oz (application/json) or problem (application/problem+json).
const result = await fromResponse(await fetch('http://localhost:3000/orders', { method: 'POST' }))
if (result.isErr()) console.log(result.error.kind)
