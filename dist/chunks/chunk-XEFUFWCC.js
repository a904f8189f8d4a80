import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/web/hosts.ts
var LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
function isLoopback(url) {
  return LOOPBACK.test(new URL(url).hostname);
}
function httpForm(url) {
  const parsed = new URL(url);
  parsed.protocol = "http:";
  if (parsed.port === "443") parsed.port = "";
  return parsed.toString();
}

export {
  isLoopback,
  httpForm
};
