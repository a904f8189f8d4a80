import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  didYouMean
} from "./chunk-C65WBHE4.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMON_OPTIONS = {
  config: { type: "string", short: "c" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
function parse(argv, options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (error) {
    const message = error.message;
    const flag = /'(--?[\w-]+)'/.exec(message)?.[1];
    const known = Object.keys({ ...COMMON_OPTIONS, ...options }).map((name) => `--${name}`);
    throw new UsageError(flag && /Unknown option/.test(message) ? `unknown option ${flag}.${didYouMean(flag, known)}` : message.split("\n")[0]);
  }
}
function parsePort(value) {
  const port = Number(value ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${value}: give a port number from 1 to 65535.`);
  return port;
}

export {
  parse,
  parsePort
};
