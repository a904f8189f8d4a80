/**
 * Built-in checks by id, each a lazy import: listing ids loads nothing, and a check's heavy dependencies
 * (Playwright, Lighthouse, cspell) load only inside its own `run`.
 */
import type { Check } from '../src/check/index.js';

type Loader = () => Promise<{ default: Check }>;

export const BUILTIN_CHECKS: Record<string, Loader> = {
  'error-pages': () => import('./error-pages/index.js') as Promise<{ default: Check }>,
  redirects: () => import('./redirects/index.js') as Promise<{ default: Check }>,
  tls: () => import('./tls/index.js') as Promise<{ default: Check }>,
  caching: () => import('./caching/index.js') as Promise<{ default: Check }>,
  lighthouse: () => import('./lighthouse/index.js') as Promise<{ default: Check }>,
  'mobile-rendering': () => import('./mobile-rendering/index.js') as Promise<{ default: Check }>,
  'service-quotas': () => import('./service-quotas/index.js') as Promise<{ default: Check }>,
  'lb-prewarm': () => import('./lb-prewarm/index.js') as Promise<{ default: Check }>,
  targets: () => import('./targets/index.js') as Promise<{ default: Check }>,
  cloudfront: () => import('./cloudfront/index.js') as Promise<{ default: Check }>,
  waf: () => import('./waf/index.js') as Promise<{ default: Check }>,
  spelling: () => import('./spelling/index.js') as Promise<{ default: Check }>,
  'security-headers': () => import('./security-headers/index.js') as Promise<{ default: Check }>,
  load: () => import('./load/index.js') as Promise<{ default: Check }>,
};

export const BUILTIN_IDS = Object.keys(BUILTIN_CHECKS);

export async function loadBuiltinCheck(id: string): Promise<Check> {
  const loader = BUILTIN_CHECKS[id];
  if (!loader) throw new Error(`unknown check "${id}"`);
  return (await loader()).default;
}
