import { readFile } from 'node:fs/promises';
import { ConfigError, defaultConfig, resolveConfig, type EmulatorConfig } from '../core/index.js';

/** Line and column for JSON.parse's "at position N", which is useless in a multi-line file. */
function locate(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/**
 * Reads and validates a JSON config file. Throws a `ConfigError` whose message starts with the file
 * path and says what is wrong: unreadable file, invalid JSON (with line and column) or invalid setting.
 */
export async function loadConfig(path: string): Promise<EmulatorConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new ConfigError(`${path}: not valid JSON${locate(text, message)}: ${message}`);
  }
  try {
    resolveConfig(parsed, defaultConfig);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${path}: ${error.message}`);
    throw error;
  }
  return parsed as EmulatorConfig;
}
