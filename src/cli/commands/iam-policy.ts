/** `primetime iam-policy`: the read-only IAM policy the enabled AWS checks need, ready for a role. */
import { iamPolicy } from '../../aws/policy.js';
import { findConfigFile, loadConfig, resolveConfig } from '../../config/load.js';
import { selectChecks } from '../../core/runner.js';
import { list, parse } from '../args.js';
import { EXIT, type Io } from '../io.js';

export async function iamPolicyCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { only: { type: 'string', multiple: true }, skip: { type: 'string', multiple: true } });
  const file = values.config ?? findConfigFile(io.cwd);
  const loaded = file
    ? await loadConfig(file, io.cwd, io.env)
    : await resolveConfig({ event: { name: 'placeholder', audience: 1, reach: 1 }, site: { baseUrl: 'https://example.invalid' } }, { file: '(recommended)' });
  const checks = selectChecks(loaded, list(values.only), list(values.skip)).map((s) => s.check);
  io.stdout.write(JSON.stringify(iamPolicy(checks), null, 2) + '\n');
  return EXIT.go;
}
