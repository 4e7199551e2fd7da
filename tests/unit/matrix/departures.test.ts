import { describe, expect, it } from 'vitest';
import { templateDepartures } from '../../../src/lib/matrix/departures.ts';
import { clientsUnder } from '../../../src/lib/model/lookups.ts';
import { controlMappings, mappedControlCount } from '../../../src/lib/model/mappings.ts';
import { evidenceModel } from '../evidence/helpers.ts';

const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('departures from the matrix template', () => {
  it('names clients with an override of the activity', async () => {
    const model = await evidenceModel();
    const d = templateDepartures(model, 'patch-core-system', undefined);
    expect(ids(d.overridden)).toEqual(['alpha-bank']);
    expect(d.unsubscribed).toEqual([]);
  });

  it('names clients that do not subscribe to the delivering service', async () => {
    const model = await evidenceModel();
    const d = templateDepartures(model, 'test-restores', 'backup');
    expect(ids(d.unsubscribed)).toEqual(['alpha-bank']);
    expect(d.overridden).toEqual([]);
    expect(templateDepartures(model, 'watch-alerts', 'monitoring').unsubscribed).toEqual([]);
  });
});

describe('mappedControlCount', () => {
  it('counts the controls something declares, and drops one when its only mapping goes', async () => {
    const model = await evidenceModel();
    const fw = model.frameworks[0]!;
    const mappings = controlMappings(model);
    const count = mappedControlCount(fw, mappings);
    const declared = fw.data.controls.filter((c) => mappings.has(`${fw.id}:${c.id}`));
    expect(count).toBe(declared.length);
    expect(count).toBeGreaterThan(0);
    const fewer = new Map(mappings);
    fewer.delete(`${fw.id}:${declared[0]!.id}`);
    expect(mappedControlCount(fw, fewer)).toBe(count - 1);
  });
});

describe('clientsUnder', () => {
  it('lists the clients that name a framework, and none for an unknown one', async () => {
    const model = await evidenceModel();
    const fw = model.frameworks[0]!;
    expect(clientsUnder(model, fw.id).map((c) => c.id)).toEqual(
      model.clients.filter((c) => c.data.frameworks.includes(fw.id)).map((c) => c.id),
    );
    expect(clientsUnder(model, fw.id).length).toBeGreaterThan(0);
    expect(clientsUnder(model, 'no-such-framework')).toEqual([]);
  });
});
