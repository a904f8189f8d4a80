/** Gathers each distribution's configuration (CloudFront is global: one account's read is enough). */
import type { DistributionConfig } from '@aws-sdk/client-cloudfront';
import { awsCaller } from '../../src/aws/check.js';
import type { CheckContext, Findings } from '../../src/check/index.js';

export interface Distribution {
  id: string;
  /** How findings name it: "production distribution E123". */
  name: string;
  config: DistributionConfig;
}

export async function readDistributions(ctx: Pick<CheckContext, 'aws'>, ids: string[], found: Findings): Promise<Distribution[]> {
  const cf = await import('@aws-sdk/client-cloudfront');
  // CloudFront is global: one target is enough.
  const target = { ...ctx.aws.targets[0]!, region: 'us-east-1' };
  const call = awsCaller(found, target);
  const client = await ctx.aws.client(cf.CloudFrontClient, target);
  const read: Distribution[] = [];
  for (const id of ids) {
    const result = await call(
      'cloudfront:GetDistributionConfig',
      `distribution ${id}`,
      () => client.send(new cf.GetDistributionConfigCommand({ Id: id })),
      'DistributionConfig',
    );
    if (result?.DistributionConfig) read.push({ id, name: `${target.name} distribution ${id}`, config: result.DistributionConfig });
  }
  return read;
}
