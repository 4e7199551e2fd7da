/**
 * A file that fails its schema is left out of the model, so everything that points at it
 * would be reported as "unknown" too. Those echoes hide the one problem to fix; this
 * drops them, keeping the schema or syntax problem of the file itself.
 */
import type { SourceFile, SourceKind } from '../content/read.ts';
import type { Problem } from '../problems.ts';

/** Words `references/exists` uses for each kind, and where that kind lives. */
const KIND_OF: Partial<Record<SourceKind, string>> = {
  clients: 'client',
  services: 'service',
  frameworks: 'framework',
  policies: 'policy',
  runbooks: 'runbook',
  domains: 'domain',
};

function idsIn(source: SourceFile): Array<[kind: string, id: string]> {
  const kind = KIND_OF[source.collection];
  const ids: Array<[string, string]> = kind ? [[kind, source.id]] : [];
  if (source.collection === 'domains') {
    const activities = (source.parsed.data as { activities?: unknown } | undefined)?.activities;
    if (Array.isArray(activities)) {
      for (const a of activities) {
        const id = (a as { id?: unknown } | null)?.id;
        if (typeof id === 'string') ids.push(['activity', id]);
      }
    }
  }
  return ids;
}

/** `problems` without "unknown …" references to entries whose own file is invalid. */
export function withoutCascades(
  problems: readonly Problem[],
  sources: ReadonlyMap<string, SourceFile>,
): Problem[] {
  const invalid = new Set(
    problems.filter((p) => p.rule === 'schema' || p.rule === 'syntax').map((p) => p.file),
  );
  const broken = new Set<string>();
  for (const file of invalid) {
    const source = sources.get(file);
    if (source) for (const [kind, id] of idsIn(source)) broken.add(`${kind} "${id}"`);
  }
  if (broken.size === 0) return [...problems];
  return problems.filter((p) => {
    if (p.rule !== 'references/exists') return true;
    const named = /^unknown (.+)$/.exec(p.message)?.[1];
    return !named || !broken.has(named);
  });
}
