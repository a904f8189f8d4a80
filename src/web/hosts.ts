/** Host helpers shared by the HTTP checks. */
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/** 127.0.0.1, localhost, [::1]: where plain HTTP is acceptable (local tests and the demo). */
export function isLoopback(url: string): boolean {
  return LOOPBACK.test(new URL(url).hostname);
}

/** The http:// form of a URL (same host and path). */
export function httpForm(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = 'http:';
  if (parsed.port === '443') parsed.port = '';
  return parsed.toString();
}
