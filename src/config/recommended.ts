/**
 * The severities a check gets when primetime.yml does not name it (like ESLint's "recommended").
 * Severity is configuration, so it lives here, not in the checks. Checks missing here are off by default.
 */
import type { CheckSeverity } from './schema.js';

export const RECOMMENDED: Record<string, CheckSeverity> = {
  'error-pages': 'error',
  redirects: 'error',
  tls: 'error',
  caching: 'error',
  spelling: 'error',
  'mobile-rendering': 'error',
  lighthouse: 'error',
  'service-quotas': 'error',
  'lb-prewarm': 'error',
  targets: 'error',
  cloudfront: 'error',
  waf: 'error',
  // The story had a security audit before the show: findings matter, but rarely stop a broadcast.
  'security-headers': 'warn',
};
