import { describe, expect, it } from 'vitest';
import {
  defaultRoleLabel,
  domainTitle,
  providerPartyOf,
  serviceActivities,
} from '../../../src/lib/model/service-work.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('the work a service delivers', () => {
  it('lists the activities whose delivering service it is, in template order', async () => {
    const model = await fixtureModel();
    expect(serviceActivities(model, 'patching').map((a) => a.id)).toEqual([
      'apply-patches',
      'patch-core-system',
    ]);
    expect(serviceActivities(model, 'backup').map((a) => a.id)).toEqual(['test-restores']);
    expect(serviceActivities(model, 'no-such-service')).toEqual([]);
  });

  it('names the provider’s default role in words, or a dash when it has none', async () => {
    const model = await fixtureModel();
    const provider = providerPartyOf(model);
    expect(provider?.id).toBe('provider');
    const watch = model.activitiesById.get('watch-alerts')!;
    expect(defaultRoleLabel(watch, provider)).toBe('Responsible, Accountable');
    const leadershipOnly = model.activitiesById.get('test-restores')!;
    const leadership = model.parties.find((p) => p.id === 'leadership');
    expect(defaultRoleLabel(leadershipOnly, leadership)).toBe('—');
    expect(defaultRoleLabel(watch, undefined)).toBe('—');
  });

  it('has no provider party when no party is of kind provider', async () => {
    const model = await fixtureModel();
    const withoutProvider = {
      ...model,
      parties: model.parties.filter((p) => p.kind !== 'provider'),
    };
    expect(providerPartyOf(withoutProvider)).toBeUndefined();
  });

  it('titles a domain by id and falls back to the id', async () => {
    const model = await fixtureModel();
    const first = model.domains[0]!;
    expect(domainTitle(model, first.id)).toBe(first.title);
    expect(domainTitle(model, 'unknown-domain')).toBe('unknown-domain');
  });
});
