/** The CLI's dispatcher: every error ends here as one clear line and exit code 2, never a stack trace. */
import { ConfigError } from '../config/problems.js';
import { SelectionError } from '../core/errors.js';
import { ReportFolderError } from '../report/folder.js';
import { VERSION } from '../util/version.js';
import { didYouMean } from '../util/suggest.js';
import { UsageError } from '../run/io.js';
import { commandHelp, COMMANDS, mainHelp } from './help.js';
import { EXIT, type Io } from '../run/io.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.stdout.write(VERSION + '\n');
    return EXIT.go;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(rest[0] && COMMANDS[rest[0]] ? commandHelp(COMMANDS[rest[0]]!) : mainHelp());
    return EXIT.go;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`primetime: unknown command "${name}".${didYouMean(name, Object.keys(COMMANDS))} Run "primetime --help".\n`);
    return EXIT.toolError;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(commandHelp(command));
    return EXIT.go;
  }
  try {
    return await (
      await command.load()
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
