/** What a simulated AWS account holds: the scenario the demo and the tests give the local endpoint. */
export interface SimulatedQuota {
  serviceCode: string;
  quotaCode: string;
  quotaName: string;
  value: number;
  /** false: no applied value (GetServiceQuota answers NoSuchResourceException; the default quota answers). */
  applied?: boolean;
  usageMetric?: { namespace: string; name: string; dimensions: Record<string, string>; statistic: string };
}

export interface SimulatedMetric {
  namespace: string;
  name: string;
  /** Matched exactly, as CloudWatch does: a metric with one dimension more or less is another metric. */
  dimensions: Record<string, string>;
  /** Only this statistic has points (as a test asserts which one is asked for); any when absent. */
  stat?: string;
  values: number[];
}

export interface SimulatedLoadBalancer {
  name: string;
  arn: string;
  dnsName: string;
  type: 'application' | 'network' | 'gateway';
  zones: string[];
  /** idle_timeout.timeout_seconds (AWS's default: 60). */
  idleTimeout?: number;
  /** The LCU reservation; absent: none. */
  reservation?: { units: number; states: { zone: string; code: 'provisioned' | 'pending' | 'rebalancing' | 'failed'; reason?: string; effective?: number }[] };
}

export interface AwsScenario {
  quotas?: SimulatedQuota[];
  /** Quota code → the usage values CloudWatch returns (the check takes the maximum). */
  usage?: Record<string, number[]>;
  /** Any other metric's one-minute points, oldest first: the live figures the watch reads. */
  metrics?: SimulatedMetric[];
  quotaRequests?: { serviceCode: string; quotaCode: string; desiredValue: number; status: string; created: string; caseId?: string }[];
  loadBalancers?: SimulatedLoadBalancer[];
  targetHealth?: Record<string, { id: string; port?: number; state: string; reason?: string }[]>;
  autoScalingGroups?: { name: string; min: number; max: number; desired: number; instanceType: string; suspended?: string[]; inService?: number }[];
  scheduledActions?: Record<string, { name: string; startTime: string; min?: number; max?: number; desired?: number }[]>;
  distributions?: Record<
    string,
    {
      errorResponses: { code: number; path?: string; responseCode?: string; ttl: number }[];
      webAclId?: string;
      /** Each origin: its domain, read timeout, and where it differs from CloudFront's defaults, its id, protocol, HTTP port and path. */
      origins: { domain: string; readTimeout: number; id?: string; protocol?: 'http-only' | 'https-only'; httpPort?: number; path?: string }[];
      /** Origin groups: the primary, the secondary it fails over to, on these status codes. */
      originGroups?: { id: string; primary: string; secondary: string; statusCodes: number[] }[];
      /** The default behaviour's origin (or group) id; origin-0 by default. */
      defaultTarget?: string;
      behaviors?: { path: string; target: string }[];
    }
  >;
  /** Resource ARN → its WebACL (null: none attached). */
  webAcls?: Record<string, { name: string; rules: { name: string; rateLimit?: number; action?: 'Block' | 'Count' }[] } | null>;
  /** RDS instances (an Aurora member names its cluster), clusters, and each parameter group's parameters. */
  databases?: SimulatedDatabase[];
  dbClusters?: { id: string; engine: string; members: { id: string; writer: boolean }[]; status?: string }[];
  /** Parameter group name → its parameters ("{DBInstanceClassMemory/12582880}" as RDS shows a formula). */
  dbParameters?: Record<string, { name: string; value?: string; source?: string }[]>;
  dynamoTables?: SimulatedTable[];
  cacheGroups?: { id: string; nodeType: string; nodes: string[]; status?: string; engine?: string; automaticFailover?: boolean }[];
  /** SES v2 GetAccount; absent: the call is denied as an account without SES would not be. */
  ses?: { production: boolean; sendingEnabled?: boolean; enforcement?: string; maxSendRate: number; max24HourSend: number; sentLast24Hours: number };
  /** CloudWatch alarms, as DescribeAlarms lists them. */
  alarms?: {
    name: string;
    state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
    reason?: string;
    actionsEnabled?: boolean;
    actions?: string[];
    metric?: string;
    updated?: string;
  }[];
  /** Route 53 hosted zones by id, and health checks by id (each checker's report, "Success: …" or "Failure: …"). */
  hostedZones?: Record<string, SimulatedRecord[]>;
  healthChecks?: Record<string, { disabled?: boolean; inverted?: boolean; fqdn?: string; reports: string[] }>;
  faults?: {
    /** IAM actions answered AccessDenied, e.g. "servicequotas:GetServiceQuota". */
    denied?: string[];
    /** IAM actions throttled on their first call. */
    throttleOnce?: string[];
    /** Every call answered with an expired token. */
    expiredToken?: boolean;
    /** Items per page of ListServiceQuotas. */
    pageSize?: number;
  };
}

export interface SimulatedDatabase {
  id: string;
  class: string;
  engine: string;
  parameterGroup: string;
  /** pending-reboot: a change of the group waits for a reboot. */
  parameterApply?: string;
  status?: string;
  replicas?: string[];
  cluster?: string;
  allocatedGiB?: number;
  maxAllocatedGiB?: number;
  multiAz?: boolean;
}

export interface SimulatedRecord {
  name: string;
  type: string;
  ttl?: number;
  values?: string[];
  alias?: { dnsName: string; evaluateTargetHealth?: boolean };
  failover?: 'PRIMARY' | 'SECONDARY';
  setId?: string;
  healthCheckId?: string;
}

export interface SimulatedThroughput {
  read?: number;
  write?: number;
  warm?: { read: number; write: number; status?: string };
  maxOnDemand?: { read?: number; write?: number };
}

export interface SimulatedTable extends SimulatedThroughput {
  name: string;
  mode: 'PAY_PER_REQUEST' | 'PROVISIONED';
  status?: string;
  indexes?: (SimulatedThroughput & { name: string })[];
}

export type Answer = { status: number; type: string; body: string; headers?: Record<string, string> };
