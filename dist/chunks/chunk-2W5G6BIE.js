import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  SelectionError
} from "./chunk-K56BJ7AD.js";
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import {
  formatDuration
} from "./chunk-Z3WXVZH6.js";

// src/core/on-demand.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
var OnDemandError = class extends SelectionError {
  name = "OnDemandError";
};
function cacheRoot(env = process.env) {
  if (env.PRIMETIME_CACHE) return path.resolve(env.PRIMETIME_CACHE);
  if (process.platform === "win32") return path.join(env.LOCALAPPDATA ?? path.join(os.homedir(), "AppData", "Local"), "primetime", "Cache");
  if (process.platform === "darwin") return path.join(os.homedir(), "Library", "Caches", "primetime");
  return path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "primetime");
}
function onDemandGroups(env = process.env) {
  const root = packageRoot(import.meta.url);
  const { onDemand } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  return Object.entries(onDemand).map(([name, packages]) => {
    const source = path.join(root, "dist", "on-demand", name);
    const hash = createHash("sha256").update(readFileSync(path.join(source, "package-lock.json"))).digest("hex").slice(0, 12);
    return { name, packages, source, hash, folder: path.join(cacheRoot(env), `${name}-${hash}`) };
  });
}
function installedBeside(name) {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch (error) {
    return error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED";
  }
}
var installedInCache = (group) => existsSync(path.join(group.folder, LOADER));
function missingGroups(packages, env = process.env) {
  return onDemandGroups(env).filter((group) => group.packages.some((name) => packages.includes(name) && !installedBeside(name)) && !installedInCache(group));
}
var LOADER = "primetime-loader.mjs";
var LOADER_SOURCE = `import { createRequire } from 'node:module';
export const load = (specifier) => import(specifier);
export const resolve = createRequire(import.meta.url).resolve;
`;
async function installGroups(groups, progress, env = process.env) {
  for (const group of groups) {
    const started = Date.now();
    progress(`Installing ${group.packages.join(", ")} on first use, into ${group.folder}\u2026`);
    const staging = `${group.folder}.partial-${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    for (const file of ["package.json", "package-lock.json"]) await copyFile(path.join(group.source, file), path.join(staging, file));
    await npm(["ci", "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], staging, env, group);
    await writeFile(path.join(staging, LOADER), LOADER_SOURCE);
    await rm(group.folder, { recursive: true, force: true });
    await rename(staging, group.folder);
    progress(`Installed ${group.name} in ${formatDuration(Date.now() - started)}.`);
  }
}
async function ensurePackages(packages, progress, env = process.env) {
  await installGroups(missingGroups(packages, env), progress, env);
}
var OFFLINE = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|ENOTCACHED|EHOSTUNREACH)\b/;
function npm(args, cwd, env, group) {
  const cli = env.npm_execpath && /npm-cli\.c?js$/.test(env.npm_execpath) ? env.npm_execpath : void 0;
  const [command, argv] = cli ? [process.execPath, [cli, ...args]] : ["npm", args];
  return new Promise(
    (resolve, reject) => execFile(command, argv, { cwd, env, shell: !cli && process.platform === "win32", maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const offline = OFFLINE.exec(String(stderr));
      const registry = withoutCredentials(env.npm_config_registry ?? "https://registry.npmjs.org/");
      reject(
        new OnDemandError(
          offline ? `could not install ${group.packages.join(", ")}: the npm registry (${registry}) cannot be reached (${offline[1]}). Run "primetime setup" where it can be reached, or point npm at a mirror (npm_config_registry).` : `could not install ${group.packages.join(", ")} (npm ${args[0]} failed: ${npmErrorLines(String(stderr) || error.message)}). Run "primetime setup" to retry.`
        )
      );
    })
  );
}
function withoutCredentials(url) {
  try {
    const parsed = new URL(url);
    [parsed.username, parsed.password] = ["", ""];
    return parsed.toString();
  } catch {
    return "(npm_config_registry)";
  }
}
var npmErrorLines = (stderr) => stderr.split("\n").filter((line) => /^npm (error|ERR!)/.test(line)).slice(0, 3).map((line) => line.replace(/^npm (error|ERR!)\s*/, "")).join("; ") || stderr.trim().split("\n")[0];
function groupOf(specifier, env) {
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
  return onDemandGroups(env).find((group) => group.packages.includes(name));
}
function cachedLoaderPath(specifier, env) {
  const group = groupOf(specifier, env);
  if (!group || !installedInCache(group))
    throw new OnDemandError(`${specifier} is not installed: run "primetime setup" (it installs Lighthouse, Playwright and the dictionaries once).`);
  return path.join(group.folder, LOADER);
}
async function cacheLoader(specifier, env) {
  return await import(pathToFileURL(cachedLoaderPath(specifier, env)).href);
}
var notFound = (error) => ["ERR_MODULE_NOT_FOUND", "MODULE_NOT_FOUND"].includes(error.code ?? "");
async function importOnDemand(specifier, env = process.env) {
  try {
    return await import(specifier);
  } catch (error) {
    if (!notFound(error)) throw error;
    return await (await cacheLoader(specifier, env)).load(specifier);
  }
}
function requireOnDemand(specifier, env = process.env) {
  try {
    return createRequire(import.meta.url)(specifier);
  } catch (error) {
    if (!notFound(error)) throw error;
    return createRequire(cachedLoaderPath(specifier, env))(specifier);
  }
}
async function resolveOnDemand(specifier, env = process.env) {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch (error) {
    if (!notFound(error)) throw error;
    return (await cacheLoader(specifier, env)).resolve(specifier);
  }
}

export {
  onDemandGroups,
  missingGroups,
  installGroups,
  ensurePackages,
  importOnDemand,
  requireOnDemand,
  resolveOnDemand
};
