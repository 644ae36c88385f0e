// The public names of `oz-errors/observe`, one by one; each file is named after what it exports.
export type { SerializedCause, SerializedOzError } from './oz-error-serializer.js'
export { ozErrorSerializer } from './oz-error-serializer.js'
export type { OzSpan, OzSpanAttributeValue, RecordOzErrorOptions } from './record-oz-error.js'
export { recordOzError } from './record-oz-error.js'
