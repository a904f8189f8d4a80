/**
 * Built-in checks by id, each a lazy import: listing ids loads nothing, and a check's heavy dependencies
 * (Playwright, Lighthouse, cspell) load only inside its own `run`.
 */
import type { Check } from './check.js';

type Loader = () => Promise<{ default: Check }>;

export const BUILTIN_CHECKS: Record<string, Loader> = {
  'error-pages': () => import('../../checks/error-pages/index.js') as Promise<{ default: Check }>,
  redirects: () => import('../../checks/redirects/index.js') as Promise<{ default: Check }>,
  tls: () => import('../../checks/tls/index.js') as Promise<{ default: Check }>,
  caching: () => import('../../checks/caching/index.js') as Promise<{ default: Check }>,
  lighthouse: () => import('../../checks/lighthouse/index.js') as Promise<{ default: Check }>,
  'mobile-rendering': () => import('../../checks/mobile-rendering/index.js') as Promise<{ default: Check }>,
  'service-quotas': () => import('../../checks/service-quotas/index.js') as Promise<{ default: Check }>,
  'lb-prewarm': () => import('../../checks/lb-prewarm/index.js') as Promise<{ default: Check }>,
  targets: () => import('../../checks/targets/index.js') as Promise<{ default: Check }>,
  cloudfront: () => import('../../checks/cloudfront/index.js') as Promise<{ default: Check }>,
  waf: () => import('../../checks/waf/index.js') as Promise<{ default: Check }>,
  spelling: () => import('../../checks/spelling/index.js') as Promise<{ default: Check }>,
  'security-headers': () => import('../../checks/security-headers/index.js') as Promise<{ default: Check }>,
  load: () => import('../../checks/load/index.js') as Promise<{ default: Check }>,
};

export const BUILTIN_IDS = Object.keys(BUILTIN_CHECKS);

export async function loadBuiltinCheck(id: string): Promise<Check> {
  const loader = BUILTIN_CHECKS[id];
  if (!loader) throw new Error(`unknown check "${id}"`);
  return (await loader()).default;
}
