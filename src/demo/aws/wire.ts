/** The wire formats the simulators answer in (JSON 1.0 and 1.1, query/XML), and the faults a scenario injects. */
import type { Answer, AwsScenario } from './scenario.js';

export const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * Query-protocol XML: arrays become <member> lists, or, in the services whose model names each list's items
 * (RDS, ElastiCache), <DBInstance>, <Parameter>…: `items` maps a list's field to its item element.
 * undefined is left out.
 */
export function toXml(value: unknown, items: Record<string, string> = {}, item = 'member'): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((entry) => `<${item}>${toXml(entry, items)}</${item}>`).join('');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => (v === undefined ? '' : `<${k}>${toXml(v, items, items[k])}</${k}>`))
      .join('');
  return xmlEscape(String(value));
}

export const json = (status: number, version: '1.0' | '1.1', body: unknown): Answer => ({
  status,
  type: `application/x-amz-json-${version}`,
  body: JSON.stringify(body),
});
export const queryOk = (ns: string, action: string, result: unknown, items: Record<string, string> = {}): Answer => ({
  status: 200,
  type: 'text/xml',
  body: `<${action}Response xmlns="${ns}"><${action}Result>${toXml(result, items)}</${action}Result><ResponseMetadata><RequestId>primetime-local</RequestId></ResponseMetadata></${action}Response>`,
});
export const queryError = (status: number, code: string, message: string): Answer => ({
  status,
  type: 'text/xml',
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`,
});

/** REST-JSON errors carry their type in a header, as SES v2 sends them. */
export const restJsonError = (status: number, type: string, message: string): Answer => ({
  status,
  type: 'application/json',
  body: JSON.stringify({ message }),
  headers: { 'x-amzn-errortype': type },
});

export type Protocol = 'json1.0' | 'json1.1' | 'query' | 'rest' | 'rest-json';

/** Injected faults (denied, throttled once, an expired token), in each protocol's own error format. */
export function faultInjector(faults: NonNullable<AwsScenario['faults']>): (action: string, protocol: Protocol) => Answer | undefined {
  const throttled = new Set<string>();
  return (action, protocol) => {
    const isJson = protocol.startsWith('json') || protocol === 'rest-json';
    const jsonError = (status: number, type: string, message: string) =>
      protocol === 'rest-json' ? restJsonError(status, type, message) : json(status, protocol === 'json1.0' ? '1.0' : '1.1', { __type: type, message });
    if (faults.expiredToken)
      return isJson
        ? jsonError(400, 'ExpiredTokenException', 'The security token included in the request is expired')
        : queryError(403, 'ExpiredToken', 'The security token included in the request is expired');
    if (faults.denied?.includes(action)) {
      const message = `User: arn:aws:iam::123456789012:user/primetime is not authorized to perform: ${action}`;
      return isJson ? jsonError(400, 'AccessDeniedException', message) : queryError(403, 'AccessDenied', message);
    }
    if (faults.throttleOnce?.includes(action) && !throttled.has(action)) {
      throttled.add(action);
      return isJson
        ? jsonError(400, protocol === 'json1.1' && action.startsWith('servicequotas') ? 'TooManyRequestsException' : 'ThrottlingException', 'Rate exceeded')
        : queryError(400, 'Throttling', 'Rate exceeded');
    }
    return undefined;
  };
}
