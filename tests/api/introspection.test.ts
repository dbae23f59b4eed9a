// Introspection: on outside production, off in production as before, and STANCEGRAPH_INTROSPECTION
// overrides either way, so a public read API can serve its clients' tooling.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ErrorCode } from '../../src/errors.js';
import { inProcessApi } from '../helpers/api.js';

const INTROSPECTION = '{ __schema { queryType { name } } __type(name: "Actor") { name } }';

describe('STANCEGRAPH_INTROSPECTION', () => {
  it('is unset by default, leaving the choice to NODE_ENV', () => {
    expect(loadConfig({}).introspection).toBeUndefined();
    expect(loadConfig({ STANCEGRAPH_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ STANCEGRAPH_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('names the variable and its value when it is neither true nor false', () => {
    expect(() => loadConfig({ STANCEGRAPH_INTROSPECTION: 'yes' })).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFIG_INVALID, message: expect.stringContaining('STANCEGRAPH_INTROSPECTION="yes"') }),
    );
  });
});

describe('introspection over the API', () => {
  const cases = [
    { env: 'test', setting: undefined, answers: true },
    { env: 'production', setting: undefined, answers: false },
    { env: 'production', setting: 'true', answers: true },
    { env: 'test', setting: 'false', answers: false },
  ] as const;

  it.each(cases)('NODE_ENV=$env, STANCEGRAPH_INTROSPECTION=$setting: answered $answers', async ({ env, setting, answers }) => {
    const { introspection } = loadConfig(setting ? { STANCEGRAPH_INTROSPECTION: setting } : {});
    const api = await inProcessApi({ env, ...(introspection === undefined ? {} : { introspection }) });
    const result = await api.run(INTROSPECTION);
    if (answers) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Actor' } });
    } else {
      expect(result.codes).toEqual([ErrorCode.GRAPHQL_VALIDATION_FAILED, ErrorCode.GRAPHQL_VALIDATION_FAILED]);
      expect(result.errors![0]!.message).toMatch(/introspection is not allowed/i);
    }
    // Ordinary queries are answered either way.
    expect((await api.run('{ actor(id: "donald-trump") { name } }')).data).toEqual({ actor: { name: 'Donald Trump' } });
  });
});
