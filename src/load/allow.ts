/** The load allowlist: load is only ever sent to hosts named in load.allowHosts. */

/** "www.example.fr", "www.example.fr:8443" or "*.example.fr" (any subdomain); case-insensitive. */
export function hostAllowed(url: string, allowHosts: readonly string[]): boolean {
  const { hostname, host } = new URL(url);
  return allowHosts.some((raw) => {
    const pattern = raw.toLowerCase().trim();
    if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
    return pattern.includes(':') && !pattern.startsWith('[') ? pattern === host : pattern === hostname || pattern === host;
  });
}
