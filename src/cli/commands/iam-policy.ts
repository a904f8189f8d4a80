/** `primetime iam-policy`: the read-only IAM policy the enabled AWS checks and the watch need, ready for a role. */
import { iamPolicy } from '../../aws/policy.js';
import { loadConfigOrRecommended } from '../../config/load.js';
import { selectChecks } from '../../core/runner.js';
import { parse } from '../args.js';
import { watchedResources, watchPermissions } from '../../watch/cloudwatch.js';
import { list } from '../../util/list.js';
import { EXIT, type Io } from '../../run/io.js';

export async function iamPolicyCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { only: { type: 'string', multiple: true }, skip: { type: 'string', multiple: true } });
  const { loaded } = await loadConfigOrRecommended(values.config, io.cwd, io.env);
  const checks = selectChecks(loaded, list(values.only), list(values.skip)).map((s) => s.check);
  // The watch reads the live figures of the resources the checks name, whether or not they run.
  const watch = watchPermissions(watchedResources(loaded));
  io.stdout.write(JSON.stringify(iamPolicy(checks, watch), null, 2) + '\n');
  return EXIT.go;
}
