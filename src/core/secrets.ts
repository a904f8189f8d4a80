/**
 * Values that came from ${ENV} never reach an output, in any encoding: as written, URL-encoded, in base64 (a
 * Basic header built from them), or cut short by a truncation ("hunter2-ve…" leaks a prefix).
 */
const MASK = '***';
/** Shorter values are not masked: they would mask ordinary words. */
const MIN_FORM = 4;
/** A truncation leaks a prefix this long or longer before its ellipsis; a shorter one says too little to hide. */
const MIN_PREFIX = 6;

export type Masker = (text: string) => string;

/** The forms a secret takes on its way out: in a URL, a query string, a Basic header. */
export function encodings(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64');
  return [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url'),
  ];
}

export function createMasker(secrets: string[]): Masker {
  const forms = [...new Set(secrets.flatMap(encodings))]
    .filter((form) => form.length >= MIN_FORM)
    // Longest first, so a form inside another is not masked half-way.
    .sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => {
    let masked = forms.reduce((acc, form) => acc.split(form).join(MASK), text);
    // A secret cut short: a prefix of it right before an ellipsis (… or ...).
    for (const form of forms)
      for (let length = form.length - 1; length >= MIN_PREFIX; length--) {
        const prefix = form.slice(0, length);
        if (masked.includes(`${prefix}…`) || masked.includes(`${prefix}...`))
          masked = masked.split(`${prefix}…`).join(`${MASK}…`).split(`${prefix}...`).join(`${MASK}...`);
      }
    return masked;
  };
}

/** Every string inside a value (a report), masked. */
export function redact<T>(value: T, mask: Masker): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return mask(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}
