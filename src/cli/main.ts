// `skillpack`: help and version answer at once; a command's modules (parser, rules, tokenizer, bundle
// runtime) are loaded only when that command runs.
import { escapeControls } from '../core/terminal.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import type { Io } from './commands.ts';
import { RefusalError, USAGE, UsageError } from './usage.ts';

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  let commands: typeof import('./commands.ts') | null = null;
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${COMPILER_VERSION}\n`);
      return 0;
    }
    if (!['check', 'build', 'search', 'new', 'preview', 'prompt', 'mcp', 'install', 'verify', 'update', 'remove'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    commands = await import('./commands.ts');
    return (await commands.runCommand(command, rest, io))!;
  } catch (error) {
    // Messages quote paths, names and bundle content: shown through escapeControls, like all output.
    const message = escapeControls((error as Error).message ?? String(error), { keepNewlines: true });
    if (commands && (await commands.isContentError(error))) {
      io.stderr.write(`skillpack: ${message}\n`);
      return 1;
    }
    if (error instanceof RefusalError) {
      io.stderr.write(`skillpack: ${message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`skillpack: ${message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr.write(`skillpack: ${message}\n`);
    return 2;
  }
}
