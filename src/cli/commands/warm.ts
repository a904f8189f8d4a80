/** `primetime warm`: fills the caches before airtime and shows each URL's cache status before and after. */
import { loadConfig } from '../../config/load.js';
import { createNetwork } from '../../core/network.js';
import { resolveSite } from '../../web/site.js';
import { warm } from '../../web/warm.js';
import { parse } from '../args.js';
import { UsageError } from '../../run/io.js';
import { EXIT, type Io } from '../../run/io.js';
import { plural } from '../../report/text.js';

const positive = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`--${name} takes a whole number from 1 to 100, not "${value}".`);
  return n;
};

export async function warmCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { repeat: { type: 'string' }, concurrency: { type: 'string' }, format: { type: 'string' } });
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`--format takes table or json, not "${format}".`);
  const { config } = await loadConfig(values.config, io.cwd, io.env);
  const { http } = createNetwork(config);
  try {
    const { urls: results, leftOut } = await warm({
      http,
      site: resolveSite(config.site),
      repeat: positive('repeat', values.repeat, 2),
      concurrency: positive('concurrency', values.concurrency, 8),
      signal: io.interrupt,
      onUrl: format === 'table' ? (r) => io.stderr.write(`  ${r.error ? '✗' : r.hit ? '✓' : '·'} ${r.url}\n`) : undefined,
    });
    const failed = results.filter((r) => r.error || (r.status ?? 0) >= 400);
    if (format === 'json') io.stdout.write(JSON.stringify({ urls: results, failed: failed.length, leftOut }, null, 2) + '\n');
    else {
      io.stdout.write(
        `\nWarmed ${results.length} URLs of ${config.site.baseUrl}: ${results.filter((r) => r.hit).length} now served from a cache, ${failed.length} failed.\n\n`,
      );
      for (const r of results)
        io.stdout.write(
          `  ${r.error ? 'ERR' : String(r.status)}  ${r.url}\n       ${r.error ?? `${r.before ?? 'no cache header'} → ${r.after ?? 'no cache header'}`}\n`,
        );
      if (leftOut.length > 0)
        io.stdout.write(
          `\nLeft out ${plural(leftOut.length, 'third-party file')} (${[...new Set(leftOut.map((u) => new URL(u).host))].join(', ')}): not the site's caches to warm.\n`,
        );
    }
    return failed.length > 0 ? EXIT.noGo : EXIT.go;
  } finally {
    await http.close();
  }
}
