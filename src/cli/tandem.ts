#!/usr/bin/env node
/** The `tandem` command line: one entry point, one small module per command. */
import { runBuildCommand } from './build.ts';
import { runCheckCommand } from './check.ts';
import { runServeCommand } from './serve.ts';

const commands: Record<string, (argv: string[]) => Promise<number>> = {
  check: runCheckCommand,
  build: runBuildCommand,
  serve: runServeCommand,
};

const usage = `Usage: tandem <command> [options]

Commands:
  check     validate the content tree
  build     check, render and assemble one folder per audience
  serve     serve the built folders locally, one host name per audience

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
