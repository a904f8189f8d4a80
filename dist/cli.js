#!/usr/bin/env node
import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/start-GTMJ7VFD.js");
