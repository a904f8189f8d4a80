import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/load/allow.ts
function hostAllowed(url, allowHosts) {
  const { hostname, host } = new URL(url);
  return allowHosts.some((raw) => {
    const pattern = raw.toLowerCase().trim();
    if (pattern.startsWith("*.")) return hostname.endsWith(pattern.slice(1));
    return pattern.includes(":") && !pattern.startsWith("[") ? pattern === host : pattern === hostname || pattern === host;
  });
}

export {
  hostAllowed
};
