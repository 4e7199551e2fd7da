/**
 * `npm run build`: check → render → assemble → index → verify → publish. Each phase is
 * timed; the first failure stops the build, names the phase, and leaves the previous
 * output exactly as it was.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canaries, canaryMatcher } from '../lib/audience/canaries.ts';
import { headersFile } from '../lib/audience/headers.ts';
import { checkContent } from '../lib/checks/run.ts';
import type { Model } from '../lib/model/types.ts';
import type { Problem } from '../lib/problems.ts';
import { assembleSites } from './assemble.ts';
import { copyAttachments } from './attachments.ts';
import { writeChecksums } from './checksums.ts';
import { listFiles } from './files.ts';
import { createStaging, discardStaging, publishStaging } from './output.ts';
import { renderSite } from './render.ts';
import { indexSites } from './search-index.ts';
import { checkLinks, scanForLeaks, type VerifyIssue } from './verify.ts';
import { copyDueDiligenceFiles, verifyDueDiligenceFiles } from './due-diligence-files.ts';
import { printAckForms } from './ack-form-pdfs.ts';
import { ackFormPdfs } from '../lib/records/ack-forms.ts';

export type PhaseName = 'check' | 'render' | 'assemble' | 'index' | 'verify' | 'publish';

export interface BuildOptions {
  projectRoot: string;
  contentRoot: string;
  outDir: string;
  today: string;
  /** Called after each phase with its duration and a one-line summary. */
  onPhase?: (phase: PhaseName, ms: number, summary: string) => void;
}

export interface BuildSummary {
  phases: Array<{ phase: PhaseName; ms: number; summary: string }>;
  /** Folder name → files in it. */
  folders: Map<string, number>;
  pagesRendered: number;
  warnings: Problem[];
}

/** A build that stopped: which phase, and what to tell the author. */
export class BuildError extends Error {
  readonly phase: PhaseName;
  readonly problems: Problem[];
  readonly issues: VerifyIssue[];

  constructor(
    phase: PhaseName,
    message: string,
    problems: Problem[] = [],
    issues: VerifyIssue[] = [],
  ) {
    super(message);
    this.phase = phase;
    this.problems = problems;
    this.issues = issues;
  }
}

async function timed<T>(
  phase: PhaseName,
  summary: BuildSummary,
  options: BuildOptions,
  run: () => Promise<{ value: T; summary: string }>,
): Promise<T> {
  const start = performance.now();
  let result: { value: T; summary: string };
  try {
    result = await run();
  } catch (err) {
    if (err instanceof BuildError) throw err;
    throw new BuildError(phase, err instanceof Error ? err.message : String(err));
  }
  const ms = performance.now() - start;
  summary.phases.push({ phase, ms, summary: result.summary });
  options.onPhase?.(phase, ms, result.summary);
  return result.value;
}

/** Runs every phase; throws `BuildError` on the first failure. */
export async function buildSites(options: BuildOptions): Promise<BuildSummary> {
  const summary: BuildSummary = { phases: [], folders: new Map(), pagesRendered: 0, warnings: [] };

  const model: Model = await timed('check', summary, options, async () => {
    const result = await checkContent(options.contentRoot, { today: options.today });
    const errors = result.problems.filter((p) => p.severity === 'error');
    summary.warnings = result.problems.filter((p) => p.severity === 'warning');
    if (errors.length || !result.model) {
      throw new BuildError('check', `${errors.length} content error(s)`, errors);
    }
    return {
      value: result.model,
      summary: `${result.files} files, ${summary.warnings.length} warning(s)`,
    };
  });

  const staging = await createStaging(options.outDir, options.projectRoot);
  try {
    await timed('render', summary, options, async () => {
      await renderSite({
        projectRoot: options.projectRoot,
        outDir: staging.render,
        contentRoot: options.contentRoot,
      });
      summary.pagesRendered = (await listFiles(staging.render)).filter((f) =>
        f.endsWith('.html'),
      ).length;
      return { value: undefined, summary: `${summary.pagesRendered} pages` };
    });

    const clients = model.clients.map((c) => ({ id: c.id, name: c.data.name }));
    const folders = await timed('assemble', summary, options, async () => {
      const { folders } = await assembleSites(staging.render, staging.sites, clients);
      for (const folder of folders.keys())
        await writeFile(join(staging.sites, folder, '_headers'), headersFile());
      await copyDueDiligenceFiles(staging.sites, folders.keys(), model, options.contentRoot);
      await copyAttachments(options.contentRoot, staging.sites, [...folders.keys()]);
      const forms = ackFormPdfs()
        ? await printAckForms(staging.sites, folders.keys(), model, options.contentRoot)
        : 0;
      return {
        value: folders,
        summary: `${folders.size} folders${forms ? `, ${forms} acknowledgement forms printed` : ''}`,
      };
    });

    // Pagefind indexes in its own process while this one checks the pages it is reading:
    // links and isolation of every page and asset. The search files are checked after.
    const matcher = canaryMatcher(canaries(model));
    const pageIssues = await timed('index', summary, options, async () => {
      const checking = (async () => {
        const issues: VerifyIssue[] = [];
        for (const folder of folders.keys()) {
          issues.push(...(await checkLinks(staging.sites, folder)));
          if (folder !== 'staff') {
            issues.push(...(await scanForLeaks(staging.sites, folder, matcher, 'pages')));
          }
        }
        return issues;
      })();
      // Settle both before leaving: a failure must not remove the staging folder while
      // Pagefind is still writing into it.
      const [indexed, checked] = await Promise.allSettled([
        indexSites(staging.sites, [...folders.keys()]),
        checking,
      ]);
      if (indexed.status === 'rejected') throw indexed.reason;
      if (checked.status === 'rejected') throw checked.reason;
      const pages = indexed.value;
      const issues = checked.value;
      const total = [...pages.values()].reduce((a, b) => a + b, 0);
      return {
        value: issues,
        summary: `${pages.size} indexes, ${total} pages indexed; pages checked alongside`,
      };
    });

    await timed('verify', summary, options, async () => {
      const issues: VerifyIssue[] = [...pageIssues];
      issues.push(
        ...(await verifyDueDiligenceFiles(
          staging.sites,
          folders.keys(),
          model,
          options.contentRoot,
        )),
      );
      for (const folder of folders.keys()) {
        if (folder !== 'staff')
          issues.push(...(await scanForLeaks(staging.sites, folder, matcher, 'index')));
      }
      if (issues.length)
        throw new BuildError(
          'verify',
          `${issues.length} problem(s) in the built folders`,
          [],
          issues,
        );
      return { value: undefined, summary: `links and isolation of ${folders.size} folders` };
    });

    await timed('publish', summary, options, async () => {
      for (const folder of folders.keys()) {
        await writeChecksums(join(staging.sites, folder));
        summary.folders.set(folder, (await listFiles(join(staging.sites, folder))).length);
      }
      await publishStaging(staging, options.outDir);
      return { value: undefined, summary: `${options.outDir}` };
    });
    return summary;
  } catch (err) {
    // The build's own error is what the author needs; a failed clean-up must not hide it.
    await discardStaging(staging).catch(() => undefined);
    throw err;
  }
}
