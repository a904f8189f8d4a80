// npm run schema: writes schema/*.json from the zod schemas. A test fails when they are stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { configJsonSchema, reportJsonSchema } from '../src/config/json-schema.js';

await mkdir('schema', { recursive: true });
await writeFile('schema/primetime.schema.json', JSON.stringify(await configJsonSchema(), null, 2) + '\n');
await writeFile('schema/report.schema.json', JSON.stringify(reportJsonSchema(), null, 2) + '\n');
