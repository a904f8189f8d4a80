/**
 * AWS access for checks: the targets to read (accounts, profiles or roles, regions), one client per service,
 * target and region, with the SDK's default credential chain. Read-only: checks only Describe, Get and List.
 */
import type { Config } from '../config/schema.js';

export interface AwsTarget {
  name: string;
  region: string;
  profile?: string;
  roleArn?: string;
}

const AWS_CONNECT_TIMEOUT_MS = 5_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ClientConstructor<C> = new (config: any) => C;

export interface AwsAccess {
  /** Every target × region, or one from the environment when the config names none. */
  targets: AwsTarget[];
  /** A client of that service for that target (cached). */
  client<C>(constructor: ClientConstructor<C>, target: AwsTarget): Promise<C>;
  /** Throws the SDK's error when no credentials can be found for the target. */
  credentials(target: AwsTarget): Promise<void>;
  /** aws.required: missing credentials are an error, not a skip. */
  required: boolean;
}

export function createAwsAccess(config: Config, env: NodeJS.ProcessEnv = process.env): AwsAccess {
  // The SDK is pinned and bundled at a version that supports Node 20: its warning about future releases needing
  // Node 22 concerns SDK upgrades, not primetime's users, and would clutter every report's log.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const fallbackRegion = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
  const configured = config.aws?.targets ?? [];
  const targets: AwsTarget[] = configured.length
    ? configured.flatMap((t) => (t.regions ?? [fallbackRegion]).map((region) => ({ name: t.name, region, profile: t.profile, roleArn: t.roleArn })))
    : [{ name: env.AWS_PROFILE ?? 'default', region: fallbackRegion }];
  const maxAttempts = config.aws?.maxAttempts ?? 3;
  const providers = new Map<string, Promise<unknown>>();
  const clients = new Map<string, unknown>();

  const provider = (target: AwsTarget) => {
    const key = `${target.profile ?? ''}|${target.roleArn ?? ''}`;
    if (!providers.has(key)) {
      providers.set(
        key,
        import('@aws-sdk/credential-providers').then(({ fromIni, fromNodeProviderChain, fromTemporaryCredentials }) => {
          const base = target.profile ? fromIni({ profile: target.profile }) : fromNodeProviderChain();
          return target.roleArn
            ? fromTemporaryCredentials({ masterCredentials: base, params: { RoleArn: target.roleArn, RoleSessionName: 'primetime' } })
            : base;
        }),
      );
    }
    return providers.get(key)! as Promise<() => Promise<unknown>>;
  };

  return {
    targets,
    required: config.aws?.required ?? false,
    async client(constructor, target) {
      const key = `${constructor.name}|${target.name}|${target.region}`;
      if (!clients.has(key)) {
        if (!target.region) throw Object.assign(new Error('Region is missing'), { name: 'RegionMissing' });
        clients.set(
          key,
          new constructor({
            region: target.region,
            credentials: await provider(target),
            maxAttempts,
            // Every call has a bound: an endpoint that accepts and never answers must not keep the run (or the
            // process, after the verdict) alive.
            requestHandler: { connectionTimeout: AWS_CONNECT_TIMEOUT_MS, requestTimeout: config.network.timeout, throwOnRequestTimeout: true },
          }),
        );
      }
      return clients.get(key) as never;
    },
    async credentials(target) {
      await (
        await provider(target)
      )();
    },
  };
}
