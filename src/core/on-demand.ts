/**
 * Lighthouse, Playwright and cspell are 210 MB of what primetime would install, and most runs need none of them.
 * They are installed on first need instead: each group in package.json's "onDemand" (lighthouse, playwright,
 * spelling) has a package.json and a lockfile in dist/on-demand/<group>/, cut from the repository's own lockfile;
 * `npm ci` installs the group into the cache folder, once per lockfile. A package already installed next to
 * primetime (the project's own node_modules, or this repository's devDependencies) is used as it is.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatDuration } from '../util/duration.js';
import { packageRoot } from '../util/package-root.js';
import { SelectionError } from './errors.js';

export class OnDemandError extends SelectionError {
  override name = 'OnDemandError';
}

export interface OnDemandGroup {
  name: string;
  /** The packages the group's package.json asks for. */
  packages: string[];
  /** Where it is (or would be) installed: the cache folder, one sub-folder per lockfile. */
  folder: string;
  /** Its lockfile's folder in the package (dist/on-demand/<group>). */
  source: string;
  /** The lockfile's hash: the folder's suffix, and the Action's cache key. */
  hash: string;
}

/** The cache folder: $PRIMETIME_CACHE, else the platform's user cache folder. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PRIMETIME_CACHE) return path.resolve(env.PRIMETIME_CACHE);
  if (process.platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), 'AppData', 'Local'), 'primetime', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'primetime');
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'primetime');
}

export function onDemandGroups(env: NodeJS.ProcessEnv = process.env): OnDemandGroup[] {
  const root = packageRoot(import.meta.url);
  const { onDemand } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { onDemand: Record<string, string[]> };
  return Object.entries(onDemand).map(([name, packages]) => {
    const source = path.join(root, 'dist', 'on-demand', name);
    const hash = createHash('sha256')
      .update(readFileSync(path.join(source, 'package-lock.json')))
      .digest('hex')
      .slice(0, 12);
    return { name, packages, source, hash, folder: path.join(cacheRoot(env), `${name}-${hash}`) };
  });
}

/** Whether Node finds `name` from primetime's own folder (a package that hides its package.json is still found). */
function installedBeside(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
}

const installedInCache = (group: OnDemandGroup) => existsSync(path.join(group.folder, LOADER));

/** The groups `packages` belong to that are installed neither beside primetime nor in the cache folder. */
export function missingGroups(packages: readonly string[], env: NodeJS.ProcessEnv = process.env): OnDemandGroup[] {
  return onDemandGroups(env).filter((group) => group.packages.some((name) => packages.includes(name) && !installedBeside(name)) && !installedInCache(group));
}

// A module inside the group's folder: its import() resolves the group's packages with Node's full ESM resolution
// (export conditions included), which createRequire cannot do for import-only packages such as cspell-lib.
const LOADER = 'primetime-loader.mjs';
const LOADER_SOURCE = `import { createRequire } from 'node:module';
export const load = (specifier) => import(specifier);
export const resolve = createRequire(import.meta.url).resolve;
`;

/**
 * Installs each group with `npm ci` into a temporary folder renamed into place when complete, so an interrupted
 * install is never mistaken for a finished one. `progress` gets one line per group.
 */
export async function installGroups(groups: readonly OnDemandGroup[], progress: (line: string) => void, env = process.env): Promise<void> {
  for (const group of groups) {
    const started = Date.now();
    progress(`Installing ${group.packages.join(', ')} on first use, into ${group.folder}…`);
    const staging = `${group.folder}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) await copyFile(path.join(group.source, file), path.join(staging, file));
    await npm(['ci', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], staging, env, group);
    await writeFile(path.join(staging, LOADER), LOADER_SOURCE);
    await rm(group.folder, { recursive: true, force: true });
    await rename(staging, group.folder);
    progress(`Installed ${group.name} in ${formatDuration(Date.now() - started)}.`);
  }
}

/** Installs what `packages` need and is missing; nothing when all are there. */
export async function ensurePackages(packages: readonly string[], progress: (line: string) => void, env = process.env): Promise<void> {
  await installGroups(missingGroups(packages, env), progress, env);
}

const OFFLINE = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|ENOTCACHED|EHOSTUNREACH)\b/;

/** npm itself: the npm that runs npx when there is one, else `npm` from PATH (a .cmd on Windows, which needs a shell). */
function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv, group: OnDemandGroup): Promise<void> {
  const cli = env.npm_execpath && /npm-cli\.c?js$/.test(env.npm_execpath) ? env.npm_execpath : undefined;
  const [command, argv] = cli ? [process.execPath, [cli, ...args]] : ['npm', args];
  return new Promise((resolve, reject) =>
    execFile(command, argv, { cwd, env, shell: !cli && process.platform === 'win32', maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const offline = OFFLINE.exec(String(stderr));
      const registry = withoutCredentials(env.npm_config_registry ?? 'https://registry.npmjs.org/');
      reject(
        new OnDemandError(
          offline
            ? `could not install ${group.packages.join(', ')}: the npm registry (${registry}) cannot be reached (${offline[1]}). Run "primetime setup" where it can be reached, or point npm at a mirror (npm_config_registry).`
            : `could not install ${group.packages.join(', ')} (npm ${args[0]} failed: ${npmErrorLines(String(stderr) || error.message)}). Run "primetime setup" to retry.`,
        ),
      );
    }),
  );
}

/** A registry URL may carry a user and password (https://user:token@mirror): the message names the host alone. */
function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    [parsed.username, parsed.password] = ['', ''];
    return parsed.toString();
  } catch {
    return '(npm_config_registry)';
  }
}

const npmErrorLines = (stderr: string) =>
  stderr
    .split('\n')
    .filter((line) => /^npm (error|ERR!)/.test(line))
    .slice(0, 3)
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, ''))
    .join('; ') || stderr.trim().split('\n')[0];

function groupOf(specifier: string, env: NodeJS.ProcessEnv): OnDemandGroup | undefined {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return onDemandGroups(env).find((group) => group.packages.includes(name));
}

/** The loader module of the cache folder holding `specifier`'s group; an OnDemandError when it is not installed there. */
function cachedLoaderPath(specifier: string, env: NodeJS.ProcessEnv): string {
  const group = groupOf(specifier, env);
  if (!group || !installedInCache(group))
    throw new OnDemandError(`${specifier} is not installed: run "primetime setup" (it installs Lighthouse, Playwright and the dictionaries once).`);
  return path.join(group.folder, LOADER);
}

async function cacheLoader(specifier: string, env: NodeJS.ProcessEnv) {
  return (await import(pathToFileURL(cachedLoaderPath(specifier, env)).href)) as { load: (s: string) => Promise<unknown>; resolve: (s: string) => string };
}

const notFound = (error: unknown) => ['ERR_MODULE_NOT_FOUND', 'MODULE_NOT_FOUND'].includes((error as NodeJS.ErrnoException).code ?? '');

/** import() of an on-demand package: from beside primetime, else from the cache folder. */
export async function importOnDemand<T>(specifier: string, env = process.env): Promise<T> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    if (!notFound(error)) throw error;
    return (await (await cacheLoader(specifier, env)).load(specifier)) as T;
  }
}

/**
 * require() of an on-demand CommonJS package (Playwright), found the same way. import() would first scan the
 * package's bundled code (7 MB) for named exports: about 250 ms more on Node 20, 100 ms on Node 24 (measured).
 */
export function requireOnDemand<T>(specifier: string, env = process.env): T {
  try {
    return createRequire(import.meta.url)(specifier) as T;
  } catch (error) {
    if (!notFound(error)) throw error;
    return createRequire(cachedLoaderPath(specifier, env))(specifier) as T;
  }
}

/** require.resolve() of a file of an on-demand package (a dictionary's manifest), found the same way. */
export async function resolveOnDemand(specifier: string, env = process.env): Promise<string> {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch (error) {
    if (!notFound(error)) throw error;
    return (await cacheLoader(specifier, env)).resolve(specifier);
  }
}
