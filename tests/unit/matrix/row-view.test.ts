import { describe, expect, it } from 'vitest';
import { resolveMatrix } from '../../../src/lib/matrix/resolve.ts';
import { overrideCount } from '../../../src/lib/matrix/row-view.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function matrixOf(client: string, change?: Parameters<typeof fixtureModel>[0]) {
  const model = await fixtureModel(change);
  return resolveMatrix(model, model.clientsById.get(client)!);
}

describe('the override count', () => {
  it('counts the rows whose letters come from an agreed change, not template or subscription', async () => {
    expect(overrideCount(await matrixOf('alpha-bank'))).toBe(1);
    const two = await matrixOf('alpha-bank', (raw) => {
      raw.clients
        .find((c) => c.id === 'alpha-bank')!
        .data.matrix.overrides.push({
          activity: 'test-restores',
          raci: { vendor: 'R', 'internal-it': 'A' },
          reason: 'The storage vendor runs restore tests under its support contract.',
          approved_by: { name: 'Lee Alphaleader', date: '2026-03-01' },
        });
    });
    expect(overrideCount(two)).toBe(2);
    const none = await matrixOf('alpha-bank', (raw) => {
      raw.clients.find((c) => c.id === 'alpha-bank')!.data.matrix.overrides = [];
    });
    expect(overrideCount(none)).toBe(0);
  });
});
