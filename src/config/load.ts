/**
 * Loading primetime.yml: find it, parse it, fill ${ENV} references, validate everything, resolve the checks
 * and plugins — and report every problem at once, each with its key path (and line, for YAML and JSON).
 */
import { existsSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Node as YamlNode } from 'yaml';
import { CheckSchema, firstLine, type Check } from '../check/index.js';
import { BUILTIN_IDS, loadBuiltinCheck } from '../../checks/registry.js';
import { didYouMean } from '../util/suggest.js';
import { ConfigError, problemsFromZod, type KeyPath, type Problem } from './problems.js';
import { CheckEntry, ConfigSchema, type CheckSeverity, type Config } from './schema.js';
import type { z } from 'zod';

/**
 * zod's safeParse without its compiled fast path: on an object schema's first parse, zod compiles a parser for it
 * (new Function), which pays off over many parses. A config is parsed once a run, where the compiling costs more
 * than it saves (measured: `plan` takes about 15 ms less CPU, 4 to 6 %, on Node 20 and 24).
 */
const parseOnce = <T extends z.ZodType>(schema: T, value: unknown) => schema.safeParse(value, { jitless: true });

export const CONFIG_FILES = ['primetime.yml', 'primetime.yaml', 'primetime.json', 'primetime.config.ts', 'primetime.config.mjs', 'primetime.config.js'];

export interface ConfiguredCheck {
  check: Check;
  severity: CheckSeverity;
  /** Validated options, defaults filled. */
  options: unknown;
  /** The `timeout` option, if the config set one (ms). */
  timeoutMs?: number;
  /** An "off" check's own problems (Check.validate) if --only runs it: config errors then, not before. */
  problemsIfRun?: Problem[];
}

export interface LoadedConfig {
  file: string;
  config: Config;
  /** Every known check (built-in and plugins) with its severity; `off` ones included for `primetime list`. */
  checks: ConfiguredCheck[];
  /** Values that came from environment variables: masked in every report and log. */
  secrets: string[];
  /** The same values with their variables' names, for exports that read them from the environment again. */
  fromEnv: EnvValue[];
}

export interface EnvValue {
  name: string;
  value: string;
}

/**
 * The config in `cwd`, else in its parents up to the repository's root (the folder that holds .git), as ESLint and
 * cosmiconfig look: `primetime check` works from any sub-folder of the project, and never picks up a config from
 * outside it.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ;) {
    const found = CONFIG_FILES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
    if (found) return found;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, '.git')) || parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(
  file: string | undefined,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
  { keepUnset = false, withChecks = true }: Pick<ResolveOptions, 'keepUnset' | 'withChecks'> = {},
): Promise<LoadedConfig> {
  const resolved = file ? path.resolve(cwd, file) : findConfigFile(cwd);
  if (!resolved)
    throw new ConfigError(path.join(cwd, 'primetime.yml'), [
      {
        path: [],
        message: `no config file found (looked for ${CONFIG_FILES.join(', ')} here and in the parent folders up to the repository's root). Run "primetime init" to write one.`,
      },
    ]);
  if (!existsSync(resolved)) throw new ConfigError(resolved, [{ path: [], message: 'file not found. Check the --config path, or run "primetime init".' }]);
  const { raw, lineOf } = await readRaw(resolved);
  return resolveConfig(raw, { file: resolved, env, lineOf, keepUnset, withChecks });
}

/** The config when there is one; otherwise the recommended severities against a placeholder site (for list, iam-policy). */
export async function loadConfigOrRecommended(
  file: string | undefined,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ loaded: LoadedConfig; found: boolean }> {
  const path = file ?? findConfigFile(cwd);
  if (path) return { loaded: await loadConfig(path, cwd, env), found: true };
  const placeholder = { event: { name: 'placeholder', audience: 1, reach: 1 }, site: { baseUrl: 'https://example.invalid' } };
  return { loaded: await resolveConfig(placeholder, { file: 'recommended settings', env }), found: false };
}

interface ResolveOptions {
  file: string;
  env?: NodeJS.ProcessEnv;
  lineOf?: (path: KeyPath) => number | undefined;
  /**
   * An unset ${NAME} is kept as written instead of being a problem: for commands that send nothing (merge, which
   * only judges; export, whose scripts read the variable when they run).
   */
  keepUnset?: boolean;
  /**
   * Loads each check to read its options (the default). Off for commands that run no check (plan): the checks'
   * modules are most of what a start-up parses. Their ids are still known, so a misspelt one is still named.
   */
  withChecks?: boolean;
}

/** Validates an already-parsed config object (from a file, or built in code such as the demo's). */
export async function resolveConfig(
  raw: unknown,
  { file, env = process.env, lineOf = () => undefined, keepUnset = false, withChecks = true }: ResolveOptions,
): Promise<LoadedConfig> {
  const problems: Problem[] = [];
  const fromEnv: EnvValue[] = [];
  const interpolated = interpolate(raw, [], env, keepUnset ? undefined : problems, fromEnv);
  const parsed = parseOnce(ConfigSchema, interpolated);
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, ConfigSchema));

  // Each part that can be checked on its own is checked even when another part is wrong: every problem at once.
  const given = (interpolated ?? {}) as { event?: unknown; network?: { ca?: unknown }; plugins?: unknown; checks?: unknown; runbook?: unknown };
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const part = {
    ca: parsed.success ? parsed.data.network.ca : strings(given.network?.ca),
    plugins: parsed.success ? parsed.data.plugins : strings(given.plugins),
    // The entries that are well-formed, so their ids and options are checked too.
    checks: parsed.success
      ? parsed.data.checks
      : Object.fromEntries(
          Object.entries(given.checks && typeof given.checks === 'object' ? given.checks : {}).flatMap(([id, entry]) => {
            const valid = parseOnce(CheckEntry, entry);
            return valid.success ? [[id, valid.data]] : [];
          }),
        ),
  };

  const ca = part.ca.map((caFile, index) => {
    const absolute = path.resolve(path.dirname(file), caFile);
    if (!existsSync(absolute)) problems.push({ path: ['network', 'ca', index], message: `${absolute} not found.` });
    return absolute;
  });
  if (parsed.success) parsed.data.network.ca = ca;
  const plugins = await loadPlugins(part.plugins, path.dirname(file), problems);
  const checks: LoadedConfig['checks'] = [];
  const known = new Map<string, () => Promise<Check>>(BUILTIN_IDS.map((id) => [id, () => loadBuiltinCheck(id)]));
  for (const plugin of plugins) known.set(plugin.meta.id, async () => plugin);
  for (const id of Object.keys(part.checks)) {
    if (!known.has(id))
      problems.push({ path: ['checks', id], message: `unknown check.${didYouMean(id, [...known.keys()])} Run "primetime list" to see them all.` });
  }
  checkRunbookSteps(given, known, problems);
  if (withChecks)
    for (const [id, load] of known) checks.push(configureCheck(id, await load(), part.checks[id], parsed.success ? parsed.data : undefined, problems));
  for (const problem of [...problems, ...checks.flatMap((c) => c.problemsIfRun ?? [])]) problem.line ??= lineOf(problem.path);
  // In file order, as an editor lists them; problems without a line (the file as a whole) first.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0 || !parsed.success) throw new ConfigError(file, problems);
  return { file, config: parsed.data, checks, secrets: fromEnv.map((v) => v.value), fromEnv };
}

const TimeoutOption = ConfigSchema.shape.runner.unwrap().shape.timeout;

/**
 * A run-of-show step names a check that exists, and a time it can place (read from the steps as given, so these
 * problems show beside the schema's).
 */
function checkRunbookSteps(given: { event?: unknown; runbook?: unknown }, known: Map<string, unknown>, problems: Problem[]) {
  const steps: unknown[] = Array.isArray(given.runbook) ? given.runbook : [];
  const airtime = (given.event as { airtime?: unknown } | undefined)?.airtime;
  steps.forEach((raw, index) => {
    const step = (raw ?? {}) as { at?: unknown; check?: unknown };
    if (typeof step.check === 'string' && !known.has(step.check))
      problems.push({ path: ['runbook', index, 'check'], message: `unknown check "${step.check}".${didYouMean(step.check, [...known.keys()])}` });
    if (typeof step.at === 'string' && step.at.trim().startsWith('T') && !airtime)
      problems.push({ path: ['runbook', index, 'at'], message: `"${step.at}" is relative to airtime: set event.airtime, or give the step an ISO 8601 date.` });
  });
}

/** One check as the config sets it: its severity, its options and time limit parsed, its own rules when it runs. */
function configureCheck(
  id: string,
  check: Check,
  entry: Config['checks'][string] | undefined,
  config: Config | undefined,
  problems: Problem[],
): ConfiguredCheck {
  const given = entry ?? check.meta.recommended ?? 'off';
  const [severity, rawOptions = {}] = typeof given === 'string' ? [given] : given;
  const { timeout, ...rest } = rawOptions as { timeout?: unknown };
  const options = parseOnce(check.meta.options, rest);
  if (!options.success) problems.push(...problemsFromZod(options.error, check.meta.options, ['checks', id, 1]));
  let timeoutMs: number | undefined;
  if (timeout !== undefined) {
    const t = parseOnce(TimeoutOption, timeout);
    if (t.success) timeoutMs = t.data;
    else problems.push(...problemsFromZod(t.error, TimeoutOption, ['checks', id, 1, 'timeout']));
  }
  // A check's own rules read the whole config, once it is valid: their problems stop the run when the check is on,
  // and are kept for when --only names a check that is off.
  const ifRun = config && check.validate ? check.validate(config) : [];
  if (severity !== 'off') problems.push(...ifRun);
  return {
    check,
    severity,
    options: options.success ? options.data : undefined,
    timeoutMs,
    ...(severity === 'off' && ifRun.length > 0 ? { problemsIfRun: ifRun } : {}),
  };
}

/** `${NAME}` and `${NAME:-fallback}` in any string value; an unset one is a problem, or kept as written without `problems`. */
function interpolate(value: unknown, at: KeyPath, env: NodeJS.ProcessEnv, problems: Problem[] | undefined, secrets: EnvValue[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole: string, name: string, fallback?: string) => {
      const found = env[name];
      if (found !== undefined && found !== '') {
        if (found.length >= 4 && !secrets.some((s) => s.name === name)) secrets.push({ name, value: found });
        return found;
      }
      if (fallback !== undefined) return fallback;
      if (!problems) {
        if (!secrets.some((s) => s.name === name)) secrets.push({ name, value: whole });
        return whole;
      }
      problems.push({ path: at, message: `environment variable ${name} is not set. Set it, or write \${${name}:-default}.` });
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, [...at, i], env, problems, secrets));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, [...at, k], env, problems, secrets)]));
  return value;
}

async function readRaw(file: string): Promise<{ raw: unknown; lineOf: (path: KeyPath) => number | undefined }> {
  if (/\.(m?js|ts)$/.test(file)) return { raw: await importConfigModule(file), lineOf: () => undefined };
  const text = decodeUtf8(file, await readFile(file));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((error) => ({
        path: [],
        line: lineCounter.linePos(error.pos[0]).line,
        message: `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(error)}`,
      })),
    );
  }
  const lineOf = (keyPath: KeyPath) => {
    for (let depth = keyPath.length; depth >= 0; depth--) {
      const node = nodeAt(doc.contents as YamlNode | null, keyPath.slice(0, depth));
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { raw: expandAliases(file, doc, lineCounter) ?? {}, lineOf };
}

/**
 * A config saved in Latin-1 or Windows-1252 read as UTF-8 would turn "Élan" into "�lan", and the site would be
 * blamed for a marker it never had: bytes that are not UTF-8 are a config error, with the line.
 */
function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(file, [
      {
        path: [],
        line: firstLineNotUtf8(bytes),
        message: 'the file is not UTF-8 (it looks saved as Latin-1, Windows-1252 or UTF-16): save it as UTF-8 and run again.',
      },
    ]);
  }
}

function firstLineNotUtf8(bytes: Buffer): number | undefined {
  for (let line = 1, start = 0; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end === -1 ? bytes.length : end))) return line;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

/** Aliases that expand into millions of nodes (a "billion laughs") are refused by yaml: a config error, with the line. */
function expandAliases(file: string, doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let line: number | undefined;
    visit(doc, { Alias: (_, node) => ((line ??= node.range ? lineCounter.linePos(node.range[0]).line : undefined), visit.BREAK) });
    throw new ConfigError(file, [{ path: [], line, message: `not usable YAML: ${firstLine(error)} Write the values out instead of through so many aliases.` }]);
  }
}

/** The key node (for a mapping entry) or the item node at a path, for its line number. */
function nodeAt(root: YamlNode | null, keyPath: KeyPath): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  let last: YamlNode | undefined = root ?? undefined;
  for (const segment of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      last = pair.key as YamlNode;
      node = pair.value as YamlNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as YamlNode;
      last = node;
    } else return undefined;
  }
  return last;
}

async function importConfigModule(file: string): Promise<unknown> {
  const url = pathToFileURL(file).href;
  try {
    if (file.endsWith('.ts') && !(process.features as { typescript?: unknown }).typescript) {
      const { tsImport } = (await import('tsx/esm/api').catch(() => {
        throw new ConfigError(file, [
          { path: [], message: 'a TypeScript config needs Node 22.6+ or tsx installed (npm install -D tsx); or rename it primetime.config.mjs.' },
        ]);
      })) as { tsImport: (url: string, parent: string) => Promise<{ default?: unknown }> };
      return (await settlesIn(tsImport(url, import.meta.url))).default;
    }
    return (await settlesIn(import(url) as Promise<{ default?: unknown }>)).default;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, [{ path: [], message: `the module failed to load: ${(error as Error).message}` }]);
  }
}

/** How long a config module or a plugin may take to load: a top-level await that never settles would end the process silently. */
export const MODULE_LOAD_LIMIT_MS = 10_000;

function settlesIn<T>(loading: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`it did not finish loading within ${MODULE_LOAD_LIMIT_MS / 1000} s (a top-level await that never settles?)`)),
      MODULE_LOAD_LIMIT_MS,
    );
  });
  return Promise.race([loading, limit]).finally(() => clearTimeout(timer));
}

async function loadPlugins(paths: string[], baseDir: string, problems: Problem[]): Promise<Check[]> {
  const checks: Check[] = [];
  for (const [index, pluginPath] of paths.entries()) {
    const at: KeyPath = ['plugins', index];
    const file = path.resolve(baseDir, pluginPath);
    if (!existsSync(file)) {
      problems.push({ path: at, message: `${file} not found.` });
      continue;
    }
    let exported: unknown;
    try {
      const module = await settlesIn(import(pathToFileURL(file).href) as Promise<{ default?: unknown; check?: unknown }>);
      exported = module.default ?? module.check;
    } catch (error) {
      problems.push({ path: at, message: `the plugin failed to load: ${(error as Error).message}` });
      continue;
    }
    const shape = parseOnce(CheckSchema, exported);
    if (!shape.success) {
      const details = shape.error.issues.map((issue) => `${issue.path.join('.') || 'export'}: ${issue.message}`).join('; ');
      problems.push({ path: at, message: `not a primetime check (export default { meta, run }): ${details}.` });
      continue;
    }
    if (BUILTIN_IDS.includes(shape.data.meta.id) || checks.some((c) => c.meta.id === shape.data.meta.id)) {
      problems.push({ path: at, message: `check id "${shape.data.meta.id}" is already taken.` });
      continue;
    }
    checks.push(exported as Check);
  }
  return checks;
}
