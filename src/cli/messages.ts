/**
 * How the CLI words its failures: `zhnews: <message>` on one line, the `zhnews:` in red on a
 * terminal unless `NO_COLOR` is set (https://no-color.org; `FORCE_COLOR` colours a pipe too).
 */
import type { Command } from 'commander';

/**
 * Whether standard error gets colour: a terminal, or `FORCE_COLOR`; never with `NO_COLOR`.
 *
 * @example
 * useColor({ NO_COLOR: '1' }, true) //=> false
 */
export function useColor(env: NodeJS.ProcessEnv = process.env, tty = process.stderr.isTTY === true): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return tty;
}

const red = (s: string): string => (useColor() ? `\x1b[31m${s}\x1b[39m` : s);

/**
 * One error line: `zhnews: message`.
 *
 * @example
 * errorLine('no such file: a.txt') //=> 'zhnews: no such file: a.txt\n'
 */
export function errorLine(message: string): string {
  return `${red('zhnews:')} ${message.trim()}\n`;
}

/** The command path as typed: `zhnews batch`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * One usage-error line with a hint where to read more, e.g.
 * `zhnews: unknown option '--x' (see 'zhnews batch --help')`.
 *
 * @example
 * usageLine("error: unknown option '--x'\n", batchCommand) //=> "zhnews: unknown option '--x' (see 'zhnews batch --help')\n"
 */
export function usageLine(message: string, command: Command): string {
  const text = message.trim().replace(/^error:\s*/, '').replace(/\s*\n\s*/g, '; ');
  return errorLine(`${text} (see '${commandPath(command)} --help')`);
}
