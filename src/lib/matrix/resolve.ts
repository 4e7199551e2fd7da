/**
 * A client's effective matrix: the template, changed by what the client subscribes to,
 * changed by the client's approved overrides. Each row remembers which of the three
 * decided it.
 */
import type { Client } from '../../schemas/index.ts';
import type { ActivityView, Entry, Model } from '../model/types.ts';
import { LETTERS, parseLetters, type Letter } from './letters.ts';
import { coverageFor } from './people.ts';
import type { DomainSection, EffectiveMatrix, MatrixRow, Provenance } from './types.ts';
import { findGaps } from './gaps.ts';

type Cells = Record<string, Letter[]>;

function cellsFrom(model: Model, raci: Record<string, string>): Cells {
  return Object.fromEntries(model.parties.map((p) => [p.id, parseLetters(raci[p.id])]));
}

/**
 * Without the delivering service the provider is not engaged, so its part falls to the
 * client's own team: the team takes the provider's R and A (and then needs no C or I of
 * its own). Every other party keeps its letters, so an outcome Accountable to client
 * leadership stays with leadership.
 */
export function withoutService(model: Model, template: Cells): Cells {
  const team = model.parties.find((p) => p.kind === 'client-team');
  const providers = model.parties.filter((p) => p.kind === 'provider').map((p) => p.id);
  const handedOver = new Set<Letter>(
    providers.flatMap((id) => template[id] ?? []).filter((l) => l === 'R' || l === 'A'),
  );
  return Object.fromEntries(
    model.parties.map((party) => {
      const own = template[party.id] ?? [];
      if (providers.includes(party.id)) return [party.id, [] as Letter[]];
      if (party.id !== team?.id || handedOver.size === 0) return [party.id, own];
      const lead: Letter[] = own.filter((l) => l === 'R' || l === 'A');
      return [party.id, LETTERS.filter((l) => handedOver.has(l) || lead.includes(l))];
    }),
  );
}

function partiesWith(cells: Cells, letter: Letter): string[] {
  return Object.entries(cells)
    .filter(([, letters]) => letters.includes(letter))
    .map(([party]) => party);
}

function resolveRow(model: Model, client: Entry<Client>, activity: ActivityView): MatrixRow {
  const template = cellsFrom(model, activity.raci);
  const subscription = activity.service
    ? client.data.services.find((s) => s.service === activity.service)
    : undefined;
  const service = activity.service ? model.servicesById.get(activity.service) : undefined;

  let cells = template;
  let provenance: Provenance = 'template';
  if (activity.service && !subscription) {
    cells = withoutService(model, template);
    provenance = 'subscription';
  }
  const overrideIndex = client.data.matrix.overrides.findIndex((o) => o.activity === activity.id);
  const override = client.data.matrix.overrides[overrideIndex];
  if (override) {
    cells = cellsFrom(model, override.raci);
    provenance = 'override';
  }

  const responsible = partiesWith(cells, 'R');
  const accountable = partiesWith(cells, 'A');
  const named = [...new Set([...responsible, ...accountable])];
  const frameworks = new Set(client.data.frameworks);

  const row: MatrixRow = {
    activity,
    cells,
    provenance,
    responsible,
    accountable,
    coverage: named.map((party) => coverageFor(model, client.data, activity.domain, party)),
    clientControls: activity.controls.filter((ref) => frameworks.has(ref.split(':')[0] ?? '')),
  };
  if (override) {
    row.override = {
      reason: override.reason,
      approvedBy: override.approved_by,
      index: overrideIndex,
    };
  }
  if (activity.service) {
    row.service = {
      id: activity.service,
      title: service?.data.title ?? activity.service,
      subscribed: Boolean(subscription),
      ...(subscription ? { tier: subscription.tier } : {}),
    };
  }
  return row;
}

/** Resolves every row of `client`'s matrix, grouped by domain in template order. */
export function resolveMatrix(model: Model, client: Entry<Client>): EffectiveMatrix {
  const sections: DomainSection[] = model.domains.map(({ activities, ...domain }) => ({
    domain,
    rows: activities.map((activity) => resolveRow(model, client, activity)),
  }));
  const rows = sections.flatMap((s) => s.rows);
  const { matrix } = client.data;
  return {
    client: client.id,
    version: matrix.version,
    effective: matrix.effective,
    approvedBy: matrix.approved_by,
    changelog: [...matrix.changelog].sort((a, b) => b.date.localeCompare(a.date)),
    parties: model.parties,
    sections,
    rows,
    gaps: findGaps(rows),
  };
}
