/** The CLI's dispatcher: every error ends here as one clear line and exit code 2, never a stack trace. */
import { ConfigError } from '../config/problems.js';
import { SelectionError } from '../core/errors.js';
import { ReportFolderError } from '../report/folder.js';
import { VERSION } from '../util/version.js';
import { didYouMean } from '../util/suggest.js';
import { UsageError } from '../run/io.js';
import { COMMANDS, mainHelp } from './help.js';
import { EXIT, type Io } from '../run/io.js';

type Command = (argv: string[], io: Io) => Promise<number>;

// Each command is imported on use: `primetime --help` loads none of them.
const LOADERS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  plan: async () => (await import('./commands/plan.js')).planCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  list: async () => (await import('./commands/list.js')).listCommand,
  demo: async () => (await import('./commands/demo.js')).demoCommand,
  'iam-policy': async () => (await import('./commands/iam-policy.js')).iamPolicyCommand,
  warm: async () => (await import('./commands/warm.js')).warmCommand,
  load: async () => (await import('./commands/load.js')).loadCommand,
  merge: async () => (await import('./commands/merge.js')).mergeCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  spelling: async () => (await import('./commands/spelling.js')).spellingCommand,
  setup: async () => (await import('./commands/setup.js')).setupCommand,
  runbook: async () => (await import('./commands/runbook.js')).runbookCommand,
  watch: async () => (await import('./commands/watch.js')).watchCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout.write(VERSION + '\n');
    return EXIT.go;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(rest[0] && COMMANDS[rest[0]] ? `${COMMANDS[rest[0]]!.usage}\n` : mainHelp());
    return EXIT.go;
  }
  const load = LOADERS[name];
  if (!load) {
    io.stderr.write(`primetime: unknown command "${name}".${didYouMean(name, Object.keys(LOADERS))} Run "primetime --help".\n`);
    return EXIT.toolError;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${COMMANDS[name]!.usage}\n`);
    return EXIT.go;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    return reportError(error, io, rest.includes('--verbose') || rest.includes('-v'));
  }
}

export function reportError(error: unknown, io: Io, verbose: boolean): number {
  if (error instanceof ConfigError) io.stderr.write(`primetime: config error in ${error.message}\n`);
  else if (error instanceof UsageError || error instanceof SelectionError || error instanceof ReportFolderError)
    io.stderr.write(`primetime: ${error.message}\n`);
  else {
    io.stderr.write(`primetime: ${(error as Error)?.message ?? String(error)}\n`);
    if (verbose && (error as Error)?.stack) io.stderr.write(`${(error as Error).stack}\n`);
    else io.stderr.write('(run again with --verbose for details)\n');
  }
  return EXIT.toolError;
}
