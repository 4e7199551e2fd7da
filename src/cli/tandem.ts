#!/usr/bin/env node
/** The `tandem` command line: one entry point, one small module per command. */
import { runCheckCommand } from './check.ts';

// Commands load their modules on first use: `check` runs often (and in tests) and must
// not pay for Astro, Playwright or Pagefind.
const commands: Record<string, (argv: string[]) => Promise<number>> = {
  check: runCheckCommand,
  build: (argv) => import('./build.ts').then((m) => m.runBuildCommand(argv)),
  serve: (argv) => import('./serve.ts').then((m) => m.runServeCommand(argv)),
  'deploy:nginx': (argv) => import('./deploy-nginx.ts').then((m) => m.runDeployNginxCommand(argv)),
  generate: (argv) => import('./generate.ts').then((m) => m.runGenerateCommand(argv)),
  bench: (argv) => import('./bench.ts').then((m) => m.runBenchCommand(argv)),
  'report:new': (argv) => import('./report-new.ts').then((m) => m.runReportNewCommand(argv)),
  'report:publish': (argv) =>
    import('./report-publish.ts').then((m) => m.runReportPublishCommand(argv)),
  'matrix:publish': (argv) =>
    import('./matrix-publish.ts').then((m) => m.runMatrixPublishCommand(argv)),
  ack: (argv) => import('./ack.ts').then((m) => m.runAckCommand(argv)),
  pdf: (argv) => import('./pdf.ts').then((m) => m.runPdfCommand(argv)),
  'evidence:add': (argv) => import('./evidence-add.ts').then((m) => m.runEvidenceAddCommand(argv)),
  exam: (argv) => import('./exam.ts').then((m) => m.runExamCommand(argv)),
};

const usage = `Usage: tandem <command> [options]

Commands:
  check     validate the content tree
  build     check, render and assemble one folder per audience
  serve     serve the built folders locally, one host name per audience
  deploy:nginx  write an nginx configuration, one server block per audience
  generate  write a synthetic provider content tree (tests, benchmarks)
  bench     build a generated provider at scale and report against the budgets
  report:new      scaffold a client's monthly report as a draft
  report:publish  publish a report (or record a correction) in the report ledger
  matrix:publish  publish a client's matrix version (or --record the one in force)
  ack             record a client contact's acknowledgement of a document version
  pdf             render a report or a matrix to a board-ready PDF
  evidence:add    record a dated evidence record with its attachment hashed
  exam            write an examiner package as of a date (folder and .zip)

Run "tandem <command> --help" for a command's options.
`;

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `unknown command "${name}"\n\n${usage}` : usage);
    return name ? 2 : 0;
  }
  return command(argv);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`tandem: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
