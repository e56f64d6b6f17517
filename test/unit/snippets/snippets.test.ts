import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { expandSnippet, tabStopIndices } from './snippetSyntax';

const root = join(__dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'llm-atlas-snippets-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// What the editor would know when the user types the prefix in samples/train_mlm.py.
const EDITOR_VARIABLES = { TM_FILENAME: 'train_mlm.py', TM_FILENAME_BASE: 'train_mlm' };

interface Notebook {
  nbformat: unknown;
  nbformat_minor: unknown;
  metadata: { kernelspec?: { language?: string } };
  cells: {
    cell_type: string;
    id?: string;
    source: string | string[];
    metadata: unknown;
    outputs?: unknown;
    execution_count?: unknown;
  }[];
}

const sourceOf = (cell: { source: string | string[] }) =>
  Array.isArray(cell.source) ? cell.source.join('') : cell.source;

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

function python(args: string[]): { status: number | null; stdout: string; stderr: string } {
  // The bytecode cache goes to the scratch folder so nothing is written next to the sources.
  const result = spawnSync('python3', args, {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPYCACHEPREFIX: join(scratch, 'pycache') },
  });
  if (result.error) throw new Error(`python3 is needed to check the Python snippets: ${result.error.message}`);
  return result;
}

function assertCompiles(files: string[]): void {
  assert.ok(files.length > 0, 'nothing to compile');
  const { status, stderr } = python(['-m', 'py_compile', ...files]);
  assert.equal(status, 0, `py_compile failed:\n${stderr}`);
}

function writeScratch(name: string, text: string): string {
  const file = join(scratch, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, 'utf8');
  return file;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith(extension))
    .map((path) => join(dir, path))
    .sort();
}

const snippetsPath = join(root, 'snippets/python.json');
const snippetsText = readFileSync(snippetsPath, 'utf8');
const snippets = Object.entries(JSON.parse(snippetsText) as Record<string, Snippet>);
const prefixesOf = (snippet: Snippet) => (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]);
const byPrefix = (prefix: string): Snippet => {
  const found = snippets.find(([, snippet]) => prefixesOf(snippet).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found[1];
};

describe('snippet expansion', () => {
  test('nested placeholders expand to their defaults, and mirrors repeat them', () => {
    assert.equal(expandSnippet('${1:outer ${2:inner}} / $2'), 'outer inner / inner');
    assert.equal(expandSnippet('$1 = ${1:lr}'), 'lr = lr');
  });

  test('a choice expands to its first option, everywhere its index appears', () => {
    assert.equal(expandSnippet('${1|bf16,fp16|}=True  # $1'), 'bf16=True  # bf16');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
  });

  test('escapes produce the literal characters', () => {
    assert.equal(expandSnippet('cost: \\$5 \\} \\\\ ${1:a\\}b}'), 'cost: $5 } \\ a}b');
    assert.equal(expandSnippet('d = {"k": 1}'), 'd = {"k": 1}');
    assert.equal(expandSnippet('path = "C:\\new"'), 'path = "C:\\new"');
  });

  test('bare tab stops and $0 insert nothing; array bodies join with newlines', () => {
    assert.equal(expandSnippet(['a$1', '${2}b$0']), 'a\nb');
  });

  test('variables: known values, defaults for missing or empty ones, names for unknown ones', () => {
    const variables = { TM_FILENAME_BASE: 'train', TM_SELECTED_TEXT: '' };
    assert.equal(expandSnippet('$TM_FILENAME_BASE.py', variables), 'train.py');
    assert.equal(expandSnippet('${TM_SELECTED_TEXT:x}|$TM_SELECTED_TEXT|', variables), 'x||');
    assert.equal(expandSnippet('${NOT_A_VARIABLE} ${ALSO_NOT:fallback}', variables), 'NOT_A_VARIABLE fallback');
    assert.equal(expandSnippet('${1:out/${TM_FILENAME_BASE}}', variables), 'out/train');
  });

  test('syntax it does not understand is rejected', () => {
    for (const body of ['price $ 5', '${1:unclosed', '${1/(.*)/x/}', '${TM_FILENAME/(.*)/x/}', '${1|a,b}', '${1:$1}']) {
      assert.throws(() => expandSnippet(body), SyntaxError, body);
    }
  });

  test('escaping any text and expanding it gives the text back', () => {
    const escape = (text: string) => text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expandSnippet(escape(text)) === text));
  });

  test('tab stops are listed once each, including those inside placeholders', () => {
    assert.deepEqual(tabStopIndices('${2:a ${1|x,y|}} $2 $0'), [0, 1, 2]);
  });
});

describe('snippets/python.json', () => {
  test('every entry has a prefix, a body and a description, and nothing else', () => {
    assert.ok(snippets.length > 0);
    for (const [name, snippet] of snippets) {
      assert.deepEqual(Object.keys(snippet).sort(), ['body', 'description', 'prefix'], name);
      assert.ok(prefixesOf(snippet).every((p) => typeof p === 'string' && p.length > 0), name);
      const lines = typeof snippet.body === 'string' ? [snippet.body] : snippet.body;
      assert.ok(lines.length > 0 && lines.every((line) => typeof line === 'string'), name);
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 20, name);
    }
  });

  test('no entry is hidden by a duplicate name (JSON.parse keeps only the last)', () => {
    assert.equal(snippetsText.match(/"prefix":/g)?.length, snippets.length);
  });

  test('prefixes are unique and all start with atlas-', () => {
    const prefixes = snippets.flatMap(([, snippet]) => prefixesOf(snippet));
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const prefix of prefixes) assert.match(prefix, /^atlas-[a-z0-9-]+$/);
  });

  test('the issue #7 topics are all covered', () => {
    for (const prefix of [
      'atlas-mlm-finetune',
      'atlas-clm-train',
      'atlas-distill-loss',
      'atlas-moe-layer',
      'atlas-span-corruption',
      'atlas-electra-rtd-loss',
      'atlas-albert-factorized-embedding',
      'atlas-chinchilla-optimal',
    ]) {
      byPrefix(prefix);
    }
  });

  test('each body has tab stops to edit, ends at $0 and indents with tabs only', () => {
    for (const [name, snippet] of snippets) {
      const stops = tabStopIndices(snippet.body);
      assert.ok(stops.some((index) => index > 0), `${name}: no tab stop to edit`);
      assert.ok(stops.includes(0), `${name}: no final $0`);
      const lines = typeof snippet.body === 'string' ? snippet.body.split('\n') : snippet.body;
      // Tabs are re-indented to the user's settings on insertion; leading spaces would not be.
      assert.deepEqual(lines.filter((line) => /^\t* /.test(line)), [], `${name}: leading spaces`);
    }
  });

  for (const [, snippet] of snippets) {
    const prefix = prefixesOf(snippet)[0];
    test(`"${prefix}" compiles with its defaults`, () => {
      assertCompiles([writeScratch(`snippets/${prefix}.py`, expandSnippet(snippet.body, EDITOR_VARIABLES))]);
    });
  }
});

describe('snippet defaults match the papers', () => {
  const expanded = (prefix: string) => expandSnippet(byPrefix(prefix).body, EDITOR_VARIABLES);

  test('MLM masks 15% of tokens (BERT)', () => {
    assert.match(expanded('atlas-mlm-finetune'), /mlm_probability=0\.15\b/);
  });

  test('span corruption: noise density 0.15, mean span length 3 (T5)', () => {
    const text = expanded('atlas-span-corruption');
    assert.match(text, /noise_density: float = 0\.15\b/);
    assert.match(text, /mean_span_length: float = 3\.0\b/);
  });

  test('ELECTRA weighs the discriminator loss by 50', () => {
    assert.match(expanded('atlas-electra-rtd-loss'), /disc_weight: float = 50\.0\b/);
  });

  test('ALBERT defaults and the parameter counts quoted in the description agree', () => {
    const text = expanded('atlas-albert-factorized-embedding');
    const [v, e, h] = ['vocab_size', 'embedding_size', 'hidden_size'].map((field) => {
      const value = new RegExp(`${field}: int = (\\d+)`).exec(text)?.[1];
      assert.ok(value, field);
      return Number(value);
    });
    assert.deepEqual([v, e, h], [30000, 128, 768]); // ALBERT-base
    const description = byPrefix('atlas-albert-factorized-embedding').description;
    assert.ok(description.includes(`about ${((v * e + e * h) / 1e6).toFixed(1)}M`), description);
    assert.ok(description.includes(`${Math.round((v * h) / 1e6)}M`), description);
  });

  test('the Chinchilla calculator finds the true optimum of the approach-3 fit', () => {
    // Hoffmann et al. (2022), eq. 10 and its fitted constants.
    const [E, A, B, alpha, beta] = [1.69, 406.4, 410.7, 0.34, 0.28];
    const loss = (n: number, d: number) => E + A / n ** alpha + B / d ** beta;
    const flops = 1e22;

    // Golden-section search over log N along 6ND = C, independent of the snippet's closed form.
    const alongBudget = (logN: number) => loss(Math.exp(logN), flops / (6 * Math.exp(logN)));
    let [lo, hi] = [Math.log(1e6), Math.log(1e14)];
    const ratio = (Math.sqrt(5) - 1) / 2;
    while (hi - lo > 1e-10) {
      const [a, b] = [hi - ratio * (hi - lo), lo + ratio * (hi - lo)];
      if (alongBudget(a) < alongBudget(b)) hi = b;
      else lo = a;
    }
    const bestN = Math.exp((lo + hi) / 2);

    const program =
      expanded('atlas-chinchilla-optimal') +
      `\nimport json\nprint(json.dumps([compute_optimal(${flops}), tokens_per_param_rule(${flops}), chinchilla_loss(1e9, 2e10)]))\n`;
    const { status, stdout, stderr } = python([writeScratch('chinchilla.py', program)]);
    assert.equal(status, 0, stderr);
    const lastLine = stdout.trim().split('\n').at(-1) ?? '';
    const [[n, d], [ruleN, ruleD], lossAt] = JSON.parse(lastLine) as [[number, number], [number, number], number];

    assert.ok(Math.abs(n / bestN - 1) < 1e-6, `N ${n} vs ${bestN}`);
    assert.ok(Math.abs((6 * n * d) / flops - 1) < 1e-9);
    assert.ok(Math.abs(lossAt - loss(1e9, 2e10)) < 1e-12);
    assert.ok(Math.abs(ruleD / ruleN - 20) < 1e-9);
    assert.ok(Math.abs((6 * ruleN * ruleD) / flops - 1) < 1e-9);
  });
});

describe('samples/ workspace', () => {
  const samples = join(root, 'samples');

  test('every Python file compiles', () => {
    const files = filesUnder(samples, '.py');
    const names = files.map((file) => relative(samples, file));
    for (const script of ['train_mlm.py', 'train_clm.py', 'distill.py', 'moe_layer.py', 'seq2seq.py']) {
      assert.ok(names.includes(script), `samples/${script} is missing`);
    }
    assertCompiles(files);
  });

  describe('notebooks', () => {
    for (const path of filesUnder(samples, '.ipynb')) {
      const name = relative(samples, path);
      const notebook = JSON.parse(readFileSync(path, 'utf8')) as Notebook;

      test(`${name} is a valid nbformat 4 notebook`, () => {
        assert.equal(notebook.nbformat, 4);
        assert.ok(Number.isInteger(notebook.nbformat_minor));
        assert.equal(notebook.metadata.kernelspec?.language, 'python');
        assert.ok(Array.isArray(notebook.cells) && notebook.cells.length > 0);
        const ids = new Set<string>();
        for (const cell of notebook.cells) {
          assert.ok(['markdown', 'code', 'raw'].includes(cell.cell_type), cell.cell_type);
          assert.equal(typeof cell.metadata, 'object');
          assert.ok(typeof cell.source === 'string' || cell.source.every((line) => typeof line === 'string'));
          if (cell.cell_type === 'code') {
            assert.ok(Array.isArray(cell.outputs));
            assert.ok(cell.execution_count === null || Number.isInteger(cell.execution_count));
          }
          // nbformat 4.5 made cell ids mandatory.
          if ((notebook.nbformat_minor as number) >= 5) {
            assert.match(cell.id ?? '', /^[a-zA-Z0-9_-]{1,64}$/);
            assert.ok(!ids.has(cell.id as string), `duplicate cell id ${cell.id}`);
            ids.add(cell.id as string);
          }
        }
      });

      test(`${name}: every code cell compiles as plain Python (no IPython magics)`, () => {
        const code = notebook.cells.filter((cell) => cell.cell_type === 'code').map(sourceOf);
        for (const source of code) assert.doesNotMatch(source, /^\s*[%!]/m);
        assertCompiles(code.map((source, i) => writeScratch(`notebooks/${name}/cell-${i}.py`, source)));
      });
    }
  });

  test('the scaling notebook has English and Korean markdown', () => {
    const notebook = JSON.parse(readFileSync(join(samples, 'notebooks/scaling_exploration.ipynb'), 'utf8')) as Notebook;
    const markdown = notebook.cells.filter((cell) => cell.cell_type === 'markdown').map(sourceOf);
    assert.ok(markdown.some((text) => /[\uAC00-\uD7A3]/.test(text)), 'no Korean markdown cell');
    assert.ok(markdown.some((text) => /Chinchilla/.test(text) && !/[\uAC00-\uD7A3]/.test(text)));
  });
});
