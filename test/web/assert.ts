// The few assertions the web suite needs. `node:assert` does not exist in the web-worker extension
// host, and a polyfill would be a dependency for three functions.

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new Error(`${message ? `${message}: ` : ''}${pattern} does not match ${JSON.stringify(text.slice(0, 500))}`);
}
