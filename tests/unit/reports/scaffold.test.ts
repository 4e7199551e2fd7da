import { describe, expect, it } from 'vitest';
import { parseMdxFile } from '../../../src/lib/content/parse.ts';
import { reportSchema, type Report } from '../../../src/schemas/index.ts';
import { appendCorrection, setField } from '../../../src/lib/reports/front-matter.ts';
import { scaffoldReport, unfinishedScaffold } from '../../../src/lib/reports/scaffold.ts';
import { fixtureModel } from '../helpers/fixture.ts';

async function october(): Promise<Report> {
  const model = await fixtureModel();
  return model.reportsByClient.get('alpha-bank')!.find((r) => r.data.period === '2026-10')!.data;
}

function parse(text: string) {
  return reportSchema.parse(parseMdxFile(text).data);
}

describe('scaffold of a new report', () => {
  it('is a valid draft that carries open recommendations with their id and raised month', async () => {
    const previous = await october();
    previous.recommendations.push({
      id: 'closed-one',
      title: 'Done',
      priority: 'low',
      owner: 'provider',
      status: 'done',
      raised: '2026-09',
    });
    const text = scaffoldReport({
      client: 'alpha-bank',
      period: '2026-11',
      preparedBy: 'sam-staff',
      previous,
      metrics: previous.metrics,
      metricsSource: { kind: 'previous', period: '2026-10' },
    });
    const report = parse(text);
    expect(report).toMatchObject({
      client: 'alpha-bank',
      period: '2026-11',
      status: 'draft',
      prepared_by: 'sam-staff',
      incidents: [],
    });
    expect(report.reviewed_by).toBeUndefined();
    expect(report.recommendations).toEqual([
      expect.objectContaining({ id: 'enable-mfa-vpn', raised: '2026-08', status: 'open' }),
    ]);
    expect(text).toMatch(/^## Executive summary$/m);
    expect(text).toMatch(/^## Notable events$/m);
    expect(text).toMatch(/^## Looking ahead$/m);
  });

  it('lists what is left of the template until the author replaces it', async () => {
    const previous = await october();
    const text = scaffoldReport({
      client: 'alpha-bank',
      period: '2026-11',
      preparedBy: 'sam-staff',
      previous,
      metrics: previous.metrics,
      metricsSource: { kind: 'previous', period: '2026-10' },
    });
    expect(unfinishedScaffold(text)).toHaveLength(5);
    const imported = scaffoldReport({
      client: 'alpha-bank',
      period: '2026-11',
      preparedBy: 'sam-staff',
      previous,
      metrics: previous.metrics,
      metricsSource: { kind: 'file', file: 'm.csv' },
    });
    expect(unfinishedScaffold(imported)).not.toContain(
      'a "# TODO" note about the figures is still in the front matter',
    );
  });
});

describe('front matter edits', () => {
  const text = `---\nclient: alpha-bank\nperiod: "2026-10"\nstatus: draft\nprepared_by: sam-staff\nheadline: "H"\nmetrics: {}\n---\n\n## Body\n`;

  it('replace a field in place and insert a missing one after its anchor, leaving the rest alone', () => {
    let out = setField(text, 'status', 'published', 'period');
    out = setField(out, 'reviewed_by', 'rita-reviewer', 'prepared_by');
    expect(out).toBe(
      text
        .replace('status: draft', 'status: published')
        .replace(
          'prepared_by: sam-staff\n',
          'prepared_by: sam-staff\nreviewed_by: rita-reviewer\n',
        ),
    );
  });

  it('append corrections to a missing, empty or existing list', () => {
    const one = appendCorrection(text, {
      date: '2026-11-20',
      by: 'rita-reviewer',
      reason: 'Fixed the SLA figure.',
    });
    expect(one).toContain(
      'corrections:\n  - date: 2026-11-20\n    by: rita-reviewer\n    reason: "Fixed the SLA figure."\n---\n\n## Body\n',
    );
    const two = appendCorrection(one, {
      date: '2026-11-21',
      by: 'sam-staff',
      reason: 'Fixed it "again".',
    });
    expect(parseMdxFile(two).data).toMatchObject({
      corrections: [
        { date: '2026-11-20', reason: 'Fixed the SLA figure.' },
        { date: '2026-11-21', reason: 'Fixed it "again".' },
      ],
    });
    const empty = appendCorrection(text.replace('metrics: {}', 'metrics: {}\ncorrections: []'), {
      date: '2026-11-20',
      by: 'x',
      reason: 'A good reason.',
    });
    expect(parseMdxFile(empty).data).toMatchObject({ corrections: [{ by: 'x' }] });
  });
});
