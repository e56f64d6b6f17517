import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hermeticEnv } from '../../host/ensure.mjs';

describe('the offline host install runs in a hermetic environment', () => {
  test('no variable of an outer npm run reaches the nested npm ci', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, {
        npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
        npm_lifecycle_event: 'test',
        npm_package_name: 'llm-atlas',
        npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
        NPM_CONFIG_CACHE: '/elsewhere',
        INIT_CWD: '/work/main',
        PATH: '/work/main/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin',
        HOME: '/home/someone',
      });
      const env = hermeticEnv({ npm_config_nodedir: '/opt/node24' });
      assert.deepEqual(Object.keys(env).filter((k) => /^npm_/i.test(k)), ['npm_config_nodedir']);
      assert.equal(env.INIT_CWD, undefined);
      assert.equal(env.PATH, '/usr/local/bin:/usr/bin');
      assert.equal(env.HOME, '/home/someone');
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
