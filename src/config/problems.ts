/** Turning zod issues into problems a person can fix: a key path, what was wrong, what was expected. */
import type { z } from 'zod';
import { didYouMean } from '../util/suggest.js';
import { plural } from '../util/words.js';

export type KeyPath = (string | number)[];

export interface Problem {
  path: KeyPath;
  message: string;
  /** Line in the config file, when known. */
  line?: number;
}

export function formatPath(path: KeyPath): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '') || '(root)';
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      `${file}: ${plural(problems.length, 'problem')}\n` +
        problems.map((p) => `  ${p.line ? `line ${p.line}, ` : ''}${formatPath(p.path)}: ${p.message}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

type Internal = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The keys an object schema accepts at `path`, to suggest one for a mistyped key. */
export function knownKeysAt(schema: z.ZodType, path: KeyPath): string[] {
  let candidates: Internal[] = [schema as unknown as Internal];
  for (const segment of [...path, undefined]) {
    const next: Internal[] = [];
    for (let node of candidates) {
      node = unwrap(node);
      const def = node._zod.def;
      if (def.type === 'union') candidates.push(...(def.options as Internal[]));
      else if (segment === undefined && def.type === 'object') return Object.keys(def.shape as object);
      else if (def.type === 'object' && typeof segment === 'string') next.push((def.shape as Record<string, Internal>)[segment]!);
      else if (def.type === 'array' && typeof segment === 'number') next.push(def.element as Internal);
      else if (def.type === 'record') next.push(def.valueType as Internal);
    }
    candidates = next.filter(Boolean);
  }
  return [];
}

function unwrap(node: Internal): Internal {
  let current = node;
  for (;;) {
    const def = current._zod.def;
    if (def.innerType) current = def.innerType as Internal;
    else if (def.type === 'pipe') current = def.in as Internal;
    else return current;
  }
}

export function problemsFromZod(error: z.ZodError, schema: z.ZodType, prefix: KeyPath = []): Problem[] {
  return error.issues.flatMap((issue) => fromIssue(issue as z.core.$ZodIssue, schema, prefix));
}

function fromIssue(issue: z.core.$ZodIssue, schema: z.ZodType, prefix: KeyPath): Problem[] {
  const path = [...prefix, ...(issue.path as KeyPath)];
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, issue.path as KeyPath);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown key.${didYouMean(key, known)}${known.length ? ` Known keys here: ${known.join(', ')}.` : ''}`,
    }));
  }
  if (isMissing(issue)) return [{ path, message: `required${issue.code === 'invalid_type' ? ` (${issue.expected})` : ''}.` }];
  if (issue.code === 'invalid_union') {
    // A branch that failed inside its own structure matched the shape the user meant: report its problems.
    // Otherwise the union's own message (which says what shapes it takes) is the clearest.
    const meant = issue.errors.filter((branch) => branch.some((inner) => inner.path.length > 0));
    if (meant.length === 1)
      return meant[0]!.flatMap((inner) => fromIssue({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, schema, prefix));
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
}

/** A key that is absent: zod says "received undefined", once or in every branch of a union. */
function isMissing(issue: z.core.$ZodIssue): boolean {
  if (issue.code === 'invalid_union') return issue.errors.every((branch) => branch.every((inner) => isMissing(inner as z.core.$ZodIssue)));
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
}
