// Bundles the light core into dist/ (committed: the Action runs it). Heavy packages that read their own files
// at run time (Playwright, Lighthouse, cspell) stay external: installed on first need (dist/on-demand), then loaded.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { writeRegistry } from './registry.mjs';
import { writeNotices } from './notices.mjs';
import { writeOnDemand } from './on-demand.mjs';

export const EXTERNAL = [
  'playwright-core',
  'lighthouse',
  'lighthouse/*',
  'chrome-launcher',
  'puppeteer-core',
  'cspell-lib',
  'cspell-trie-lib',
  '@cspell/*',
  '@zxcvbn-ts/*',
  'tsx',
  'tsx/*',
];

/**
 * zod re-exports its 60-odd message locales as a namespace (`z.locales`), which no bundler can shake: every
 * command would parse them at start-up. primetime speaks English and never reads z.locales, so the namespace
 * is the English locale alone (the one zod configures by default).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: process.cwd(),
    }));
  },
};

// The registry first: the bundle, the schema and the docs are made from the check folders it lists.
writeRegistry();
await rm('dist', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { cli: 'src/cli.ts', action: 'src/action/index.ts', index: 'src/index.ts', 'load-worker': 'src/load/worker.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  external: EXTERNAL,
  // ES-module builds first: a CommonJS package reached through a lazy import() would otherwise come out as a
  // default export only, without its named exports (the AWS SDK clients and credential providers among them).
  mainFields: ['module', 'main'],
  // Some bundled CommonJS dependencies call require(): give ESM chunks one.
  banner: { js: "import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);" },
  // The licenses are shipped whole in dist/THIRD-PARTY-NOTICES.txt (below), not as scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [zodEnglishOnly],
});

writeNotices(Object.keys(metafile.inputs));
// What installs on first need: each heavy group's package.json and lockfile.
writeOnDemand();

// Types for primetime.config.ts (defineConfig) and plugin checks (defineCheck).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });

// The config's JSON Schema and the README's checks table, from the same folders.
for (const script of ['scripts/schema.ts', 'scripts/docs.ts']) execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
