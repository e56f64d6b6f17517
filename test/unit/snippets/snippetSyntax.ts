/**
 * Expands a VS Code snippet body the way the editor inserts it when the user accepts every default.
 *
 * Supported: tab stops `$1` / `${1}`, the final stop `$0`, placeholders `${1:default}` (nested),
 * choices `${1|a,b|}` (the first option is the default), variables `$NAME`, `${NAME}`, `${NAME:default}`,
 * and the escapes `\$`, `\}`, `\\` (plus `\,` and `\|` inside choices). Transforms (`${1/re/fmt/}`) and
 * a `$` that starts none of the above are rejected, so a snippet cannot rely on syntax this checker does
 * not understand, even where the editor would quietly insert it as text.
 *
 * As in the editor, every occurrence of a tab stop takes the value of the first placeholder or choice
 * with that index; a known variable that is empty falls back to its default, an unknown one inserts
 * its own name.
 */

type SnippetNode =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'tabstop'; readonly index: number }
  | { readonly kind: 'placeholder'; readonly index: number; readonly children: readonly SnippetNode[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly fallback?: readonly SnippetNode[] };

const DIGITS = /^[0-9]+/;
const VARIABLE_NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const TEXT_ESCAPABLE = new Set(['$', '}', '\\']);
const CHOICE_ESCAPABLE = new Set([',', '|', '\\']);

class SnippetParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.sequence(false);
    if (this.pos < this.src.length) this.fail('unexpected "}"');
    return nodes;
  }

  /** Text and elements up to the end, or up to the `}` closing the enclosing placeholder. */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && TEXT_ESCAPABLE.has(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        flush();
        nodes.push(this.element());
      } else {
        // Outside a placeholder `}` is plain text, as is a backslash that escapes nothing.
        text += ch;
        this.pos += 1;
      }
    }
    flush();
    return nodes;
  }

  private element(): SnippetNode {
    const start = this.pos;
    this.pos += 1; // '$'
    const index = this.match(DIGITS);
    if (index !== undefined) return { kind: 'tabstop', index: Number(index) };
    const bareName = this.match(VARIABLE_NAME);
    if (bareName !== undefined) return { kind: 'variable', name: bareName };
    if (this.src[this.pos] !== '{') {
      this.pos = start;
      this.fail('unescaped "$" (write \\$ for a literal dollar sign)');
    }
    this.pos += 1; // '{'

    const braced = this.match(DIGITS);
    if (braced !== undefined) {
      const n = Number(braced);
      if (this.consume('}')) return { kind: 'tabstop', index: n };
      if (this.consume(':')) return { kind: 'placeholder', index: n, children: this.closedSequence() };
      if (this.consume('|')) return { kind: 'choice', index: n, options: this.choiceOptions() };
      this.fail(`unsupported syntax after "\${${braced}"`);
    }
    const name = this.match(VARIABLE_NAME);
    if (name !== undefined) {
      if (this.consume('}')) return { kind: 'variable', name };
      if (this.consume(':')) return { kind: 'variable', name, fallback: this.closedSequence() };
      this.fail(`unsupported syntax after "\${${name}"`);
    }
    return this.fail('"${" must be followed by a tab stop number or a variable name');
  }

  private closedSequence(): SnippetNode[] {
    const children = this.sequence(true);
    if (!this.consume('}')) this.fail('unclosed placeholder');
    return children;
  }

  private choiceOptions(): string[] {
    const options: string[] = [];
    let option = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '\\' && CHOICE_ESCAPABLE.has(this.src[this.pos + 1] ?? '')) {
        option += this.src[this.pos + 1];
        this.pos += 2;
      } else if (ch === ',') {
        options.push(option);
        option = '';
        this.pos += 1;
      } else if (ch === '|' && this.src[this.pos + 1] === '}') {
        options.push(option);
        this.pos += 2;
        return options;
      } else {
        option += ch;
        this.pos += 1;
      }
    }
    return this.fail('unclosed choice');
  }

  private match(pattern: RegExp): string | undefined {
    const found = pattern.exec(this.src.slice(this.pos))?.[0];
    if (found !== undefined) this.pos += found.length;
    return found;
  }

  private consume(expected: string): boolean {
    if (this.src[this.pos] !== expected) return false;
    this.pos += 1;
    return true;
  }

  private fail(message: string): never {
    throw new SyntaxError(`snippet: ${message} at offset ${this.pos}`);
  }
}

function bodyText(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

function walk(nodes: readonly SnippetNode[], visit: (node: SnippetNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.kind === 'placeholder') walk(node.children, visit);
    if (node.kind === 'variable' && node.fallback) walk(node.fallback, visit);
  }
}

/** Every tab stop index the body uses, in ascending order ($0 included). */
export function tabStopIndices(body: string | readonly string[]): number[] {
  const indices = new Set<number>();
  walk(new SnippetParser(bodyText(body)).parse(), (node) => {
    if (node.kind === 'tabstop' || node.kind === 'placeholder' || node.kind === 'choice') indices.add(node.index);
  });
  return [...indices].sort((a, b) => a - b);
}

/** The text inserted when every tab stop keeps its default. `variables` are the editor's known variables. */
export function expandSnippet(
  body: string | readonly string[],
  variables: Readonly<Record<string, string>> = {},
): string {
  const nodes = new SnippetParser(bodyText(body)).parse();

  const definitions = new Map<number, SnippetNode>();
  walk(nodes, (node) => {
    if ((node.kind === 'placeholder' || node.kind === 'choice') && !definitions.has(node.index)) {
      definitions.set(node.index, node);
    }
  });

  const expanding = new Set<number>();
  const tabStopValue = (index: number): string => {
    const definition = definitions.get(index);
    if (!definition) return '';
    if (definition.kind === 'choice') return definition.options[0] ?? '';
    if (definition.kind !== 'placeholder') return '';
    if (expanding.has(index)) throw new SyntaxError(`snippet: tab stop $${index} is nested inside itself`);
    expanding.add(index);
    const value = render(definition.children);
    expanding.delete(index);
    return value;
  };

  const render = (list: readonly SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.value;
          case 'tabstop':
          case 'placeholder':
          case 'choice':
            return tabStopValue(node.index);
          case 'variable': {
            const value = Object.hasOwn(variables, node.name) ? variables[node.name] : undefined;
            if (value) return value;
            if (node.fallback) return render(node.fallback);
            return value ?? node.name;
          }
        }
      })
      .join('');

  return render(nodes);
}
