// Imported first by index.ts: defines describe/it/before/after on the worker's global scope before
// the test files that use them are evaluated (imports run in order).
import mocha from 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });

export { mocha };
