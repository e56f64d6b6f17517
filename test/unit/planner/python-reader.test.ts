import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { keywordArgument, positionalArgument, readPythonModule, type PyValue } from '../../../src/core/python';

function call(source: string, name: string) {
  const found = readPythonModule(source).calls.find((c) => c.name === name);
  assert.ok(found, `a call of ${name}`);
  return found;
}

function literal(value: PyValue | undefined): unknown {
  assert.ok(value?.kind === 'literal', `a literal, got ${value?.kind}`);
  return value.value;
}

describe('python reader: calls and literal arguments', () => {
  test('keyword and positional literals: numbers, strings, booleans, None', () => {
    const c = call('f("a", -3, 2.5e3, 0x1f, 1_000, r=True, s=None, t=\'x\\ty\')', 'f');
    assert.deepEqual(
      c.args.map((a) => [a.keyword, a.value.kind === 'literal' ? a.value.value : a.value.kind]),
      [[undefined, 'a'], [undefined, -3], [undefined, 2500], [undefined, 31], [undefined, 1000], ['r', true], ['s', null], ['t', 'x\ty']],
    );
  });

  test('lists, tuples and dicts of literals; nested calls; dotted names', () => {
    const c = call('LoraConfig(target_modules=["q", (\'k\',)], d={"a": {"b": 1}}, q=BitsAndBytesConfig(load_in_4bit=True), dt=torch.bfloat16)', 'LoraConfig');
    const targets = keywordArgument(c, 'target_modules');
    assert.equal(targets?.kind, 'list');
    const d = keywordArgument(c, 'd');
    assert.ok(d?.kind === 'dict' && d.entries[0].key === 'a' && d.entries[0].value.kind === 'dict');
    const q = keywordArgument(c, 'q');
    assert.ok(q?.kind === 'call' && q.call.name === 'BitsAndBytesConfig' && literal(keywordArgument(q.call, 'load_in_4bit')) === true);
    assert.deepEqual(keywordArgument(c, 'dt'), { kind: 'name', name: 'torch.bfloat16', start: c.start + 'LoraConfig(target_modules=["q", (\'k\',)], d={"a": {"b": 1}}, q=BitsAndBytesConfig(load_in_4bit=True), dt='.length, end: c.end - 1 });
  });

  test('expressions, f-strings, subscripts, comprehensions and unpacking are kept as text', () => {
    const c = call('f(a=n * 2, b=f"x{n}", c=cfg["k"], d=[i for i in x], e=1 if y else 2, *rest, **kw)', 'f');
    const unread = c.args.map((a) => (a.value.kind === 'unread' ? a.value.text : a.value.kind));
    assert.deepEqual(unread, ['n * 2', 'f"x{n}"', 'cfg["k"]', '[i for i in x]', '1 if y else 2', 'rest', 'kw']);
    assert.deepEqual(c.args.slice(-2).map((a) => a.keyword), ['*', '**']);
  });

  test('strings, comments and brackets inside them do not confuse the reader', () => {
    const source = 'x = "f(" # g(\nh(\'a)\', """b\n)c""", 3)  # i(\n';
    const names = readPythonModule(source).calls.map((c) => c.name);
    assert.deepEqual(names, ['h']);
    const h = call(source, 'h');
    assert.equal(literal(positionalArgument(h, 1)), 'b\n)c');
    assert.equal(literal(positionalArgument(h, 2)), 3);
  });

  test('def and class headers are not calls; method calls keep their dotted name', () => {
    const names = readPythonModule('def f(x):\n  return model.gradient_checkpointing_enable()\nclass C(Base):\n  pass\n').calls.map((c) => c.name);
    assert.deepEqual(names, ['model.gradient_checkpointing_enable']);
  });
});

describe('python reader: following names', () => {
  const source = [
    'model_id = "org/model"',
    'alias = model_id',
    'rank: int = 16',
    'a = b = 4',
    'twice = 1',
    'twice = 2',
    'for loop_var in range(3): pass',
    'count = 0',
    'count += 1',
    'f(model_id, alias, rank, a, b, twice, loop_var, count, missing, torch.float16)',
  ].join('\n');
  const module = readPythonModule(source);
  const f = module.calls.find((c) => c.name === 'f')!;
  const resolved = f.args.map((a) => module.resolve(a.value));

  test('simple, annotated and chained assignments are followed, through several names', () => {
    assert.deepEqual(resolved.slice(0, 5).map((r) => (r.ok && r.value.kind === 'literal' ? r.value.value : r)), ['org/model', 'org/model', 16, 4, 4]);
    assert.deepEqual(resolved[1].ok && resolved[1].via, ['alias', 'model_id']);
    assert.equal(module.lineOf(resolved[1].ok ? resolved[1].value.start : -1), 0);
  });

  test('rebound, loop, augmented and unassigned names are refused with the reason', () => {
    assert.deepEqual(
      resolved.slice(5, 9).map((r) => (r.ok ? 'ok' : `${r.reason}:${r.text}`)),
      ['reassigned:twice', 'not-literal:loop_var', 'reassigned:count', 'unassigned:missing'],
    );
  });

  test('dotted names resolve to themselves (constants such as torch.float16)', () => {
    assert.ok(resolved[9].ok && resolved[9].value.kind === 'name' && resolved[9].value.name === 'torch.float16');
  });
});

describe('python reader: bad input', () => {
  test('broken code, unclosed strings and brackets are read without throwing', () => {
    for (const source of ['f(', 'f(a=', 'f("abc', "f('''x", 'x = [1, 2', ')))]]', 'f(**)', 'f(a==1)', '\\', '\0\0\0', 'f(a=)']) {
      assert.doesNotThrow(() => readPythonModule(source), source);
    }
    assert.equal(literal(keywordArgument(call('f(a="x"', 'f'), 'a')), 'x');
  });

  test('deep nesting and 1 MB single lines finish and stay bounded', () => {
    const nested = `f(${'['.repeat(20000)}${']'.repeat(20000)})`;
    assert.equal(readPythonModule(nested).calls.length, 1);
    const deepCalls = `${'g('.repeat(5000)}1${')'.repeat(5000)}`;
    assert.equal(readPythonModule(deepCalls).calls.length, 5000);
    const line = `x = [${'1, '.repeat(350_000)}]`;
    const module = readPythonModule(line);
    const bound = module.bindings.get('x')![0].value;
    assert.ok(bound.kind === 'list' && bound.items.length === 350_000);
  });

  test('random text never throws, and every call it reports lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('f', '(', ')', '[', ']', '{', '}', ',', '=', '"', "'", '#', '\n', ' ', 'a', '1', '.', '*', ':', '\\') }), (text) => {
        const module = readPythonModule(text);
        for (const c of module.calls) assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
      }),
      { numRuns: 500 },
    );
  });
});
