/** What the Python reader makes of an expression: a literal it can use, a structure of them, or the source text. */

interface Span {
  /** Offsets of the expression in the text. */
  start: number;
  end: number;
}

export type PyValue =
  | (Span & { kind: 'literal'; value: number | string | boolean | null })
  | (Span & { kind: 'list'; items: PyValue[] })
  | (Span & { kind: 'dict'; entries: Array<{ key: string; value: PyValue }> })
  | (Span & { kind: 'name'; name: string })
  | (Span & { kind: 'call'; call: PyCall })
  | (Span & { kind: 'unread'; text: string });

export interface PyArgument {
  /** The keyword, for `name=value`; `*` or `**` for unpacked arguments; absent for positional ones. */
  keyword?: string;
  value: PyValue;
}

export interface PyCall extends Span {
  /** The callee as written, dotted (`AutoModelForCausalLM.from_pretrained`). */
  name: string;
  args: PyArgument[];
}

/** A simple `name = value` binding (or another statement that rebinds the name, with an unread value). */
export interface PyBinding {
  name: string;
  value: PyValue;
  /** Offset of the statement. */
  start: number;
}

/** The last part of a dotted name: `transformers.Trainer` → `Trainer`. */
export function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

export function keywordArgument(call: PyCall, keyword: string): PyValue | undefined {
  return call.args.find((a) => a.keyword === keyword)?.value;
}

export function positionalArgument(call: PyCall, index: number): PyValue | undefined {
  return call.args.filter((a) => a.keyword === undefined)[index]?.value;
}

/** `**kwargs` and `*args` arguments, which may set any keyword without the reader knowing. */
export function unpackedArguments(call: PyCall): PyValue[] {
  return call.args.filter((a) => a.keyword === '*' || a.keyword === '**').map((a) => a.value);
}
