#!/usr/bin/env node
/**
 * The `primetime` command. Node 22.1 and later keep V8's compiled code of the modules loaded after this call in a
 * cache on disk (as npm and tsc do), so a second run skips compiling them; Node 20 has no such call. The command
 * itself loads after it, hence the dynamic import.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./cli/start.js');
