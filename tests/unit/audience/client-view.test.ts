import { describe, expect, it } from 'vitest';
import {
  clientPolicies,
  sharedRunbooks,
  unsubscribedServices,
} from '../../../src/lib/audience/client-view.ts';
import { fixtureModel } from '../helpers/fixture.ts';

describe('what a client’s pages list', () => {
  it('shows a client its own policies and the provider’s shared ones, never staff-only or another client’s', async () => {
    const model = await fixtureModel();
    const alpha = clientPolicies(model, 'alpha-bank');
    expect(alpha.own.map((p) => p.id)).toEqual(['alpha-isp']);
    expect(alpha.provider.map((p) => p.id)).toEqual(['security-policy']);
    const beta = clientPolicies(model, 'beta-clinic');
    expect(beta.own.map((p) => p.id)).not.toContain('alpha-isp');
    expect(beta.provider.map((p) => p.id)).toEqual(['security-policy']);
  });

  it('lists only the runbooks shared with the client', async () => {
    const model = await fixtureModel();
    expect(sharedRunbooks(model, 'alpha-bank').map((r) => r.id)).toEqual(['restore-drill']);
    expect(sharedRunbooks(model, 'beta-clinic')).toEqual([]);
  });

  it('lists the catalog services the client does not subscribe to', async () => {
    const model = await fixtureModel();
    expect(
      unsubscribedServices(model, model.clientsById.get('alpha-bank')!).map((s) => s.id),
    ).toEqual(['backup']);
    expect(unsubscribedServices(model, model.clientsById.get('beta-clinic')!)).toEqual([]);
  });
});
