import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/problems.ts';
import { parseLedger, reportHash } from '../../../src/lib/reports/ledger.ts';
import {
  blockingProblems,
  correctionOptionsRefusal,
  errorsAfterWrite,
  ledgerEntryFor,
  planPublication,
  recordOptionsRefusal,
  type PublishInput,
} from '../../../src/lib/reports/publish-plan.ts';
import { EVIDENCE_FIXTURE, evidenceModel, TODAY } from '../evidence/helpers.ts';

const DRAFT = 'clients/alpha-bank/reports/2026-10.mdx';
const PUBLISHED = 'clients/alpha-bank/reports/2026-09.mdx';

async function input(file: string, options: PublishInput['options'] = {}): Promise<PublishInput> {
  const model = await evidenceModel();
  const report = model.reports.find((r) => r.file === file)!;
  const { ledger } = parseLedger(
    await readFile(join(EVIDENCE_FIXTURE, 'report-ledger.yaml'), 'utf8'),
  );
  return {
    file,
    report,
    original: await readFile(join(EVIDENCE_FIXTURE, file), 'utf8'),
    versions: ledger.get(file) ?? [],
    day: TODAY,
    options,
    nameOf: (id) => `Name of ${id}`,
  };
}

const problem = (file: string, rule: string, severity: Problem['severity'] = 'error') =>
  ({ file, rule, severity, message: 'm' }) as Problem;

describe('report:publish options', () => {
  it('takes --all only with --record, and --record without --correct or --reviewer', () => {
    expect(recordOptionsRefusal({ all: true })).toBe('--all goes with --record');
    expect(recordOptionsRefusal({ record: true, reviewer: 'x' })).toMatch(/takes no --correct/);
    expect(recordOptionsRefusal({ record: true, correct: true })).toMatch(/takes no --correct/);
    expect(recordOptionsRefusal({ record: true, all: true })).toBeUndefined();
    expect(recordOptionsRefusal({ reviewer: 'x' })).toBeUndefined();
  });

  it('takes --reason and --by only with --correct, and both or neither', () => {
    expect(correctionOptionsRefusal({ reason: 'why' })).toBe('--reason and --by go with --correct');
    expect(correctionOptionsRefusal({ correct: true, by: 'x' })).toMatch(/needs both --reason/);
    expect(correctionOptionsRefusal({ correct: true, reason: 'r', by: 'x' })).toBeUndefined();
    expect(correctionOptionsRefusal({ correct: true })).toBeUndefined();
  });
});

describe('which check problems block publishing', () => {
  const problems = [
    problem(DRAFT, 'reports/ledger-missing'),
    problem(DRAFT, 'reports/immutable'),
    problem('other.mdx', 'reports/ledger-missing'),
    problem(DRAFT, 'runbooks/test-due', 'warning'),
  ];

  it('never blocks on the report’s own missing ledger entry or on warnings', () => {
    expect(blockingProblems(problems, DRAFT, false).map((p) => [p.file, p.rule])).toEqual([
      [DRAFT, 'reports/immutable'],
      ['other.mdx', 'reports/ledger-missing'],
    ]);
  });

  it('lets a changed hash through when this run adds the correction', () => {
    expect(blockingProblems(problems, DRAFT, true).map((p) => p.file)).toEqual(['other.mdx']);
  });

  it('after writing, ignores only the ledger entry still to be written', () => {
    expect(errorsAfterWrite(problems, DRAFT).map((p) => p.rule)).toEqual([
      'reports/immutable',
      'reports/ledger-missing',
    ]);
  });
});

describe('planPublication of a draft', () => {
  it('marks it published with the reviewer and today, noting a self-review', async () => {
    const plan = planPublication(await input(DRAFT, { reviewer: 'sam-staff' }));
    expect(plan.outcome).toBe('write');
    if (plan.outcome !== 'write') return;
    expect(plan.event).toBe('published');
    expect(plan.reviewer).toBe('sam-staff');
    expect(plan.text).toMatch(/^status: published$/m);
    expect(plan.text).toMatch(/^reviewed_by: sam-staff$/m);
    expect(plan.text).toMatch(new RegExp(`^published_at: ${TODAY}$`, 'm'));
    expect(plan.said).toEqual([
      { kind: 'note', text: 'Name of sam-staff is reviewing their own report' },
      { kind: 'step', text: `marked published on ${TODAY}, reviewed by Name of sam-staff` },
    ]);
  });

  it('refuses without a reviewer, with --correct, and while a scaffold TODO is left', async () => {
    expect(planPublication(await input(DRAFT))).toMatchObject({
      outcome: 'refused',
      exitCode: 2,
      message: `${DRAFT} needs a reviewer: pass --reviewer <staff-id>`,
    });
    expect(planPublication(await input(DRAFT, { correct: true }))).toMatchObject({
      outcome: 'refused',
      message: `${DRAFT} is a draft: there is nothing to correct yet`,
    });
    const unfinished = await input(DRAFT, { reviewer: 'rita-reviewer' });
    unfinished.original = unfinished.original.replace(
      'metrics:\n',
      'metrics:\n# TODO: every figure is 0. Fill in this month’s figures.\n',
    );
    expect(planPublication(unfinished)).toMatchObject({
      outcome: 'refused',
      exitCode: 1,
      message: `${DRAFT} is not finished: a "# TODO" note about the figures is still in the front matter`,
    });
  });
});

describe('planPublication of a published report', () => {
  it('does nothing when the recorded bytes are unchanged', async () => {
    const plan = planPublication(await input(PUBLISHED));
    expect(plan.outcome).toBe('already-recorded');
    expect(plan.said[0]?.text).toMatch(/is already recorded in report-ledger.yaml \(1 version/);
  });

  it('refuses an edit that carries no new correction', async () => {
    const edited = await input(PUBLISHED);
    edited.original = edited.original.replace('Fixture headline', 'Changed headline');
    const plan = planPublication(edited);
    expect(plan).toMatchObject({ outcome: 'refused', exitCode: 1 });
    if (plan.outcome === 'refused') expect(plan.message).toMatch(/carries no new correction/);
  });

  it('records an edit with --correct as a corrected version', async () => {
    const edited = await input(PUBLISHED, { correct: true, reason: 'Recounted', by: 'sam-staff' });
    edited.original = edited.original.replace('Fixture headline', 'Changed headline');
    const plan = planPublication(edited);
    expect(plan).toMatchObject({ outcome: 'write', event: 'corrected' });
    if (plan.outcome === 'write') expect(plan.text).toContain('Recounted');
    expect(plan.said[0]).toEqual({
      kind: 'step',
      text: `added a correction dated ${TODAY} by sam-staff`,
    });
  });

  it('adopts a published report the ledger never had, and keeps its reviewer', async () => {
    const unrecorded = { ...(await input(PUBLISHED)), versions: [] };
    expect(planPublication(unrecorded)).toMatchObject({ outcome: 'write', event: 'adopted' });
    expect(planPublication({ ...unrecorded, options: { reviewer: 'sam-staff' } })).toMatchObject({
      outcome: 'refused',
      exitCode: 2,
      message: `${PUBLISHED} was published reviewed by rita-reviewer; the reviewer of a published report cannot change`,
    });
  });
});

describe('ledgerEntryFor', () => {
  it('hashes the text, and notes when an adopted report was first published', () => {
    const base = { text: 'x', day: TODAY, corrections: 0, snapshotHash: 'a'.repeat(64) };
    expect(ledgerEntryFor({ ...base, event: 'published', publishedAt: undefined })).toEqual({
      sha256: reportHash('x'),
      recorded: TODAY,
      event: 'published',
      corrections: 0,
      snapshot: 'a'.repeat(64),
    });
    expect(ledgerEntryFor({ ...base, event: 'adopted', publishedAt: '2026-10-05' }).note).toBe(
      `published 2026-10-05; adopted on ${TODAY} with a snapshot of the content that day`,
    );
  });
});
