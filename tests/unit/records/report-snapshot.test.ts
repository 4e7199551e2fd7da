/** Report snapshots: what they capture, how an edit is caught, and how --record decides. */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptionFor } from '../../../src/lib/records/adopt.ts';
import { frozenPageData, readReportSnapshot } from '../../../src/lib/records/frozen-report.ts';
import {
  captureReportSnapshot,
  serializeSnapshot,
  snapshotFileFor,
} from '../../../src/lib/records/report-snapshot.ts';
import { editedFields, sealed, sha256 } from '../../../src/lib/records/seal.ts';
import { verifyRecordText } from '../../../src/lib/records/snapshot-check.ts';
import { copyFixture, fixtureModel, TODAY } from '../helpers/fixture.ts';

const AUG = 'clients/alpha-bank/reports/2026-08.mdx';
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

async function augustSnapshot(patch?: number) {
  const model = await fixtureModel((raw) => {
    if (patch === undefined) return;
    const client = raw.clients.find((c) => c.id === 'alpha-bank')!;
    const sub = client.data.services.find((s) => s.targets.length)!;
    sub.targets[0]!.target = patch;
  });
  const report = model.reports.find((r) => r.file === AUG)!;
  return captureReportSnapshot(model, report, TODAY);
}

describe('capturing a report snapshot', () => {
  it('keeps targets with their source, service and tier names, people and rule versions', async () => {
    const snap = await augustSnapshot();
    expect(snap).toMatchObject({
      report: AUG,
      period: '2026-08',
      captured: TODAY,
      rules: { scoring: expect.any(String), incidents: expect.any(String) },
      names: { client: 'Alpha Canary Bank', staff: { 'sam-staff': 'Sam Staffer' } },
    });
    expect(snap.targets).toContainEqual(
      expect.objectContaining({
        kpi: 'patch_compliance_pct',
        target: 97,
        source: 'contract',
        service_name: 'Fixture Patching',
        tier_name: 'Standard',
      }),
    );
    // JSON all the way down: what is written is what is read back.
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('scores against the targets of the day it was taken, and the page keeps them', async () => {
    const before = await augustSnapshot();
    const after = await augustSnapshot(99.9);
    const patch = (s: typeof before) =>
      s.view.scores.find((k) => k.def.id === 'patch_compliance_pct')!;
    expect(patch(before).target?.target).toBe(97);
    expect(patch(after).target?.target).toBe(99.9);
    expect(patch(after).status).toBe('red');
    expect(patch(before).status).not.toBe('red');
    // The page data of the earlier snapshot is the earlier view, whatever the model says now.
    const page = frozenPageData(JSON.parse(serializeSnapshot(before)));
    expect(page.frozen).toBe(true);
    expect(page.scores.find((k) => k.def.id === 'patch_compliance_pct')).toEqual(
      JSON.parse(JSON.stringify(patch(before))),
    );
    // Charts are drawn again from what was frozen: the same charts, in the same order.
    expect(page.charts.map((c) => [c.id, c.geometry.kind, c.summary])).toEqual(
      before.view.charts.map((c) => [c.id, c.kind, c.summary]),
    );
    expect(page.charts[0]!.geometry.marks.length).toBeGreaterThan(0);
  });
});

describe('sealing a frozen record', () => {
  it('names the deepest edited field, and nothing when untouched', () => {
    const record = sealed({ a: 1, targets: [{ t: 97 }, { t: 95 }], names: { x: 'X' } });
    expect(editedFields(record)).toEqual([]);
    const edited = structuredClone(record);
    edited.targets[1]!.t = 99.9;
    expect(editedFields(edited)).toEqual(['targets.1']);
    const { seal: _s, ...unsealed } = record;
    expect(editedFields(unsealed)).toEqual(['seal']);
  });

  it('reports a hand edit as an error naming the file and the field', async () => {
    const text = serializeSnapshot(await augustSnapshot());
    const file = snapshotFileFor(AUG);
    expect(verifyRecordText(file, text, sha256(text), '2026-11-26')).toEqual([]);
    const edited = text.replace('"target": 97,', '"target": 99.9,');
    expect(verifyRecordText(file, edited, sha256(text), '2026-11-26')).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'records/snapshot',
        file: 'clients/alpha-bank/reports/2026-08.snapshot.json',
        path: ['targets', 2],
      }),
    ]);
    expect(verifyRecordText(file, '{not json', sha256(text), 'x')[0]).toMatchObject({
      file,
      found: 'unparseable JSON',
    });
  });

  it('refuses to render a published report whose snapshot was edited', async () => {
    const root = await copyFixture();
    roots.push(root);
    const file = join(root, snapshotFileFor(AUG));
    await expect(readReportSnapshot(root, AUG)).resolves.toMatchObject({ report: AUG });
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"client": "Alpha Canary Bank"', '"client": "Other"'));
    await expect(readReportSnapshot(root, AUG)).rejects.toThrow(
      /2026-08\.snapshot\.json\s+names\.client/,
    );
  });
});

describe('what --record does with a published report', () => {
  const entry = (extra: object = {}) => ({
    sha256: 'a'.repeat(64),
    recorded: '2026-11-27',
    event: 'published' as const,
    corrections: 0,
    ...extra,
  });
  it('adopts one never recorded, and adds a snapshot to one recorded without', () => {
    expect(adoptionFor([], 'a'.repeat(64)).action).toBe('adopt');
    expect(adoptionFor([entry()], 'a'.repeat(64)).action).toBe('add-snapshot');
  });
  it('leaves a fully recorded one alone, and refuses one whose bytes changed', () => {
    expect(adoptionFor([entry({ snapshot: 'b'.repeat(64) })], 'a'.repeat(64)).action).toBe('none');
    expect(adoptionFor([entry()], 'c'.repeat(64))).toMatchObject({
      action: 'refuse',
      reason: expect.stringContaining('--correct'),
    });
  });
});
