/**
 * A reader of literal Python: the calls in a file with their literal arguments, and the simple assignments
 * that let a name be followed to its value. Pure; nothing is evaluated.
 */
export { readPythonModule, type PythonModule, type Resolution, type UnreadReason } from './module';
export { keywordArgument, lastPart, positionalArgument, unpackedArguments, type PyArgument, type PyBinding, type PyCall, type PyValue } from './values';
