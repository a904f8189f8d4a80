/** The JSON Schemas for editors and consumers, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { BUILTIN_IDS, loadBuiltinCheck } from '../../checks/registry.js';
import { ReportSchema } from '../report/model.js';
import { CheckEntry, ConfigSchema, Severity } from './schema.js';

/** primetime.yml, with each built-in check's options spelled out so editors complete them. */
export async function configJsonSchema(): Promise<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const id of BUILTIN_IDS) {
    const { meta } = await loadBuiltinCheck(id);
    const options = (meta.options as z.ZodObject).extend({ timeout: z.union([z.number(), z.string()]).optional().describe('Time limit of this check.') });
    shape[id] = z
      .union([Severity, z.tuple([Severity]), z.tuple([Severity, options])])
      .describe(`${meta.title}. ${meta.description}`)
      .optional();
  }
  // Plugins add ids of their own: other keys stay allowed, with the generic shape.
  const checks = z.object(shape).catchall(CheckEntry).optional();
  return z.toJSONSchema(ConfigSchema.extend({ checks }), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
}

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
}
