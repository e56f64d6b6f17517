// `npm run test:unit [-- filter…]`: the unit tests of the pure core.
import { listTests, runNodeTests } from './lib/nodeTests.mjs';

const { failed } = await runNodeTests(listTests('test/unit', process.argv.slice(2)), { tapFile: 'test-results/unit.tap' });
process.exit(failed > 0 ? 1 : 0);
