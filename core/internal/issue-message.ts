/**
 * @internal Which library an issue comes from, told by its shape, and its message built from
 * the schema's side of it. An issue of no known shape, or one whose members cannot be read,
 * gets the generic phrase.
 */
import { arktypeMessage, isArktypeIssue } from './issue-arktype.js'
import { INVALID } from './issue-phrases.js'
import { isValibotIssue, valibotMessage } from './issue-valibot.js'
import { isZodIssue, zodMessage } from './issue-zod.js'

type Fields = Readonly<Record<string, unknown>>

/** @internal The safe message of one Standard Schema issue: never text the client sent. */
export const safeMessage = (issue: unknown): string => {
  try {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a primitive has none of the members read below and null throws into the catch, both INVALID too; kept for the reader
    if (typeof issue !== 'object' || issue === null) return INVALID
    const fields = issue as Fields
    // arktype first: its codes overlap zod's ('union'), its shape does not.
    if (isArktypeIssue(fields)) return arktypeMessage(fields)
    if (isValibotIssue(fields)) return valibotMessage(fields)
    if (isZodIssue(fields)) return zodMessage(fields)
    return INVALID
  } catch {
    return INVALID
  }
}
