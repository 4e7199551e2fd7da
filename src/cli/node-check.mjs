// The Node.js version check every command runs first. Plain JavaScript, no imports, so
// that an old Node (which cannot load the project's .ts files) still runs it and says
// what to do instead of failing with ERR_UNKNOWN_FILE_EXTENSION.
//
// The minimum is the highest `engines.node` among the locked dependencies (undici needs
// 22.19) and the first 22.x that runs TypeScript files without a flag (22.18).
// Keep it in step with `engines` in package.json and with .nvmrc.

/** The Node versions Tandem runs on, as written in package.json's `engines`. */
export const NODE_RANGE = '^22.19.0 || >=24';

/** The one line printed when `version` (e.g. "20.19.5") is too old, or undefined when it will do. */
export function nodeVersionProblem(version) {
  var parts = String(version).replace(/^v/, '').split('.');
  var major = Number(parts[0]);
  var minor = Number(parts[1]);
  var ok = major >= 24 || (major === 22 && minor >= 19);
  if (ok) return undefined;
  return (
    'Tandem needs Node.js 22.19 or newer (24 recommended, see .nvmrc); this is Node ' +
    version +
    '. Install it from https://nodejs.org/ or run "nvm install" in this folder, then try again.'
  );
}

/** Exits with code 1 after one line on stderr when this Node is too old. */
export function requireNode() {
  var problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    process.stderr.write(problem + '\n');
    process.exit(1);
  }
}

// Run as a script (`node src/cli/node-check.mjs`): check and exit.
if (process.argv[1] && /node-check\.mjs$/.test(process.argv[1])) requireNode();
