import { describe, expect, it } from 'vitest';
import {
  allBinders,
  bindersOf,
  controlRowsByBinder,
  controlsInGroup,
  frameworkBinders,
} from '../../../src/lib/evidence/framework-view.ts';
import { evidenceModel, TODAY } from './helpers.ts';

describe('framework pages', () => {
  it('lists one binder per client and framework it is held to', async () => {
    const model = await evidenceModel();
    const all = allBinders(model, TODAY);
    expect(all.map((b) => `${b.client.id}/${b.framework.id}`)).toEqual([
      'alpha-bank/fixture-fw',
      'alpha-bank/fixture-two',
      'beta-clinic/fixture-fw',
    ]);
    expect(bindersOf(all, 'fixture-two').map((b) => b.client.id)).toEqual(['alpha-bank']);
    expect(bindersOf(all, 'no-such-fw')).toEqual([]);
  });

  it('builds a framework’s binders for exactly the clients held to it', async () => {
    const model = await evidenceModel();
    const fw = model.frameworksById.get('fixture-fw')!;
    const binders = frameworkBinders(model, fw, TODAY);
    expect(binders.map((b) => b.client.id)).toEqual(['alpha-bank', 'beta-clinic']);
    const two = model.frameworksById.get('fixture-two')!;
    expect(frameworkBinders(model, two, TODAY).map((b) => b.client.id)).toEqual(['alpha-bank']);
  });

  it('lists a group’s controls in framework order, including ones listed out of place', async () => {
    const model = await evidenceModel();
    const fw = model.frameworksById.get('fixture-fw')!;
    expect(controlsInGroup(fw, 'PRO').map((c) => c.id)).toEqual(['PRO-1', 'PRO-2', 'AWR-1']);
    expect(controlsInGroup(fw, 'NONE')).toEqual([]);
  });

  it('gives each client’s row for one control, with that control’s status', async () => {
    const model = await evidenceModel();
    const fw = model.frameworksById.get('fixture-fw')!;
    const binders = frameworkBinders(model, fw, TODAY);
    const rows = controlRowsByBinder(binders, 'fixture-fw:GOV-1');
    expect(rows.map((r) => r.binder.client.id)).toEqual(['alpha-bank', 'beta-clinic']);
    for (const { binder, row } of rows) {
      expect(row.control.ref).toBe('fixture-fw:GOV-1');
      expect(row).toBe(binder.rows.find((r) => r.control.ref === 'fixture-fw:GOV-1'));
    }
    expect(controlRowsByBinder(binders, 'fixture-fw:NOPE')).toEqual([]);
  });
});
