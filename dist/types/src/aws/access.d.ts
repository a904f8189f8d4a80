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
export declare function createAwsAccess(config: Config, env?: NodeJS.ProcessEnv): AwsAccess;
export {};
