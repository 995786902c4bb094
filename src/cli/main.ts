// `skillpack`: help, version and argument errors answer at once; a command's modules (parser, rules,
// tokenizer, bundle runtime) are loaded only when that command runs.
import { escapeControls } from '../core/terminal.ts';
import { COMPILER_VERSION } from '../core/version.ts';
import type { Io } from './commands.ts';
import { asksForHelp, checkArguments, closest, commandHelp, commandNames, commandSpec, formatUsageError, generalHelp, RefusalError, UsageError } from './usage.ts';

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  let commands: typeof import('./commands.ts') | null = null;
  let known: string | null = null;
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h') {
      io.stdout.write(generalHelp());
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${COMPILER_VERSION}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic !== undefined && !commandSpec(topic)) throw new UsageError(`unknown command "${topic}"`, closest(topic, commandNames()));
      io.stdout.write(topic === undefined ? generalHelp() : commandHelp(topic));
      return 0;
    }
    if (command.startsWith('-')) {
      const near = closest(command.replace(/^-+/, ''), ['help', 'version']);
      throw new UsageError(`unknown option ${command}`, near && `--${near}`);
    }
    if (!commandSpec(command)) throw new UsageError(`unknown command "${command}"`, closest(command, commandNames()));
    known = command;
    if (asksForHelp(rest)) {
      io.stdout.write(commandHelp(command));
      return 0;
    }
    await checkArguments(command, rest);
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
    if (error instanceof UsageError) {
      io.stderr.write(formatUsageError(known, message, error.suggestion && escapeControls(error.suggestion)));
      return 2;
    }
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's own wording, first sentence only (the rest explains `--`, which the usage line covers).
      io.stderr.write(formatUsageError(known, message.split(/\.(?: |$)/, 1)[0]!, undefined));
      return 2;
    }
    io.stderr.write(`skillpack: ${message}\n`);
    return 2;
  }
}
