/**
 * Complementary user entity controls: what the provider's SOC report assumes each client
 * does. Each maps to matrix activities, so the client sees who carries it in its own
 * effective matrix, and where it has a gap.
 */
import type { Client, Cuec } from '../../schemas/index.ts';
import { resolveMatrix } from '../matrix/resolve.ts';
import type { MatrixRow } from '../matrix/types.ts';
import type { Entry, Model } from '../model/types.ts';

/** Who carries one matrix row of a CUEC. */
export interface CuecRow {
  activity: string;
  title: string;
  /** Responsible parties with the person named for each and their backup. */
  responsible: Array<{ party: string; partyName: string; person?: string; backup?: string }>;
  accountable: Array<{ party: string; partyName: string }>;
  gaps: string[];
}

/** One CUEC as the client's page shows it. */
export interface CuecLine {
  cuec: Cuec;
  /** The SOC report item it comes from. */
  report: string;
  rows: CuecRow[];
  gaps: string[];
}

function partyName(model: Model, id: string): string {
  return model.parties.find((p) => p.id === id)?.name ?? id;
}

/** What keeps one row from carrying a control the client must run. */
export function rowGaps(model: Model, row: MatrixRow): string[] {
  const gaps: string[] = [];
  if (row.responsible.length === 0) gaps.push('Nobody is Responsible for this work.');
  for (const party of row.responsible) {
    const coverage = row.coverage.find((c) => c.party === party);
    if (!coverage?.primary) gaps.push(`No named person for ${partyName(model, party)}.`);
    else if (!coverage.backup) gaps.push(`${coverage.primary.name} has no named backup.`);
  }
  const providerIds = new Set(model.parties.filter((p) => p.kind === 'provider').map((p) => p.id));
  if (row.accountable.some((party) => providerIds.has(party))) {
    gaps.push('The provider is Accountable, but the report expects your organization to own this.');
  }
  return gaps;
}

/** Every CUEC of the published SOC reports, resolved against the client's effective matrix. */
export function cuecsFor(model: Model, client: Entry<Client>): CuecLine[] {
  const matrix = resolveMatrix(model, client);
  const rows = new Map(matrix.rows.map((row) => [row.activity.id, row]));
  const reports = model.dueDiligence.filter(
    (item) => item.data.kind === 'soc-report' && item.data.status !== 'superseded',
  );
  return reports.flatMap((report) => {
    const cuecs = report.data.kind === 'soc-report' ? report.data.cuecs : [];
    return cuecs.map((cuec): CuecLine => {
      const lines = cuec.activities.flatMap((id): CuecRow[] => {
        const row = rows.get(id);
        if (!row) return [];
        return [
          {
            activity: id,
            title: row.activity.title,
            responsible: row.responsible.map((party) => {
              const coverage = row.coverage.find((c) => c.party === party);
              return {
                party,
                partyName: partyName(model, party),
                ...(coverage?.primary ? { person: coverage.primary.name } : {}),
                ...(coverage?.backup ? { backup: coverage.backup.name } : {}),
              };
            }),
            accountable: row.accountable.map((party) => ({
              party,
              partyName: partyName(model, party),
            })),
            gaps: rowGaps(model, row),
          },
        ];
      });
      const gaps = lines.length
        ? [...new Set(lines.flatMap((l) => l.gaps))]
        : ['Not mapped to any activity of your matrix.'];
      return { cuec, report: report.id, rows: lines, gaps };
    });
  });
}
