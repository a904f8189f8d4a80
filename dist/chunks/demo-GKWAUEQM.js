import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);
import {
  watchSite
} from "./chunk-RMVR2FPP.js";
import {
  readTimeline,
  renderAfterShowMarkdown,
  summarizeWatch
} from "./chunk-PDOJVLU6.js";
import "./chunk-3P2HG4E5.js";
import "./chunk-XEWZKPAK.js";
import {
  RUN_FLAGS,
  runOptionsFrom
} from "./chunk-ZZNPNT2C.js";
import {
  parse,
  parsePort
} from "./chunk-PDZFRAXD.js";
import {
  findBrowser
} from "./chunk-SWCGTKMY.js";
import {
  sharedCacheTtl
} from "./chunk-74AMN5N5.js";
import "./chunk-AHO7S2CE.js";
import "./chunk-SM2HUKKK.js";
import {
  runAndReport
} from "./chunk-BMPNUGUQ.js";
import "./chunk-4JQKFVNU.js";
import "./chunk-2YIFXMSJ.js";
import "./chunk-CHZUMQXZ.js";
import "./chunk-VVVPXMTQ.js";
import "./chunk-AFBGHGHA.js";
import "./chunk-T3MPKLVN.js";
import "./chunk-ZIB7JR6H.js";
import "./chunk-5R2BGNFJ.js";
import "./chunk-KLMOQB4K.js";
import "./chunk-EE3ER6H6.js";
import "./chunk-4I4NR6DS.js";
import {
  resolveConfig
} from "./chunk-D43J44T6.js";
import {
  EXIT,
  UsageError
} from "./chunk-5JCOLP2K.js";
import {
  buildPlan
} from "./chunk-KREMGFCU.js";
import {
  didYouMean
} from "./chunk-C65WBHE4.js";
import "./chunk-2W5G6BIE.js";
import "./chunk-K56BJ7AD.js";
import {
  packageRoot
} from "./chunk-2C7HXIN7.js";
import "./chunk-DIYW534B.js";
import "./chunk-LZIHSDK5.js";
import "./chunk-D3JRSC5Z.js";
import "./chunk-REAIEUUL.js";
import "./chunk-FTILTXDE.js";
import "./chunk-LROFLYEO.js";
import "./chunk-ID2OXKBK.js";
import "./chunk-JCBWU32H.js";
import "./chunk-KHW7QP7J.js";
import "./chunk-GL2DH5J2.js";
import "./chunk-QQOOINLC.js";
import {
  createHttpClient
} from "./chunk-DWOR55PJ.js";
import "./chunk-WLZ2LAD6.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-Z3WXVZH6.js";
import "./chunk-5VS2FEJU.js";

// src/cli/commands/demo.ts
import { mkdtemp, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/demo/aws-endpoint.ts
import { createServer } from "node:http";

// src/demo/aws/wire.ts
var xmlEscape = (text) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]);
function toXml(value, items = {}, item = "member") {
  if (value === void 0 || value === null) return "";
  if (Array.isArray(value)) return value.map((entry) => `<${item}>${toXml(entry, items)}</${item}>`).join("");
  if (typeof value === "object")
    return Object.entries(value).map(([k, v]) => v === void 0 ? "" : `<${k}>${toXml(v, items, items[k])}</${k}>`).join("");
  return xmlEscape(String(value));
}
var json = (status, version, body) => ({
  status,
  type: `application/x-amz-json-${version}`,
  body: JSON.stringify(body)
});
var queryOk = (ns, action, result, items = {}) => ({
  status: 200,
  type: "text/xml",
  body: `<${action}Response xmlns="${ns}"><${action}Result>${toXml(result, items)}</${action}Result><ResponseMetadata><RequestId>primetime-local</RequestId></ResponseMetadata></${action}Response>`
});
var queryError = (status, code, message) => ({
  status,
  type: "text/xml",
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`
});
var restJsonError = (status, type, message) => ({
  status,
  type: "application/json",
  body: JSON.stringify({ message }),
  headers: { "x-amzn-errortype": type }
});
function faultInjector(faults) {
  const throttled = /* @__PURE__ */ new Set();
  return (action, protocol) => {
    const isJson = protocol.startsWith("json") || protocol === "rest-json";
    const jsonError = (status, type, message) => protocol === "rest-json" ? restJsonError(status, type, message) : json(status, protocol === "json1.0" ? "1.0" : "1.1", { __type: type, message });
    if (faults.expiredToken)
      return isJson ? jsonError(400, "ExpiredTokenException", "The security token included in the request is expired") : queryError(403, "ExpiredToken", "The security token included in the request is expired");
    if (faults.denied?.includes(action)) {
      const message = `User: arn:aws:iam::123456789012:user/primetime is not authorized to perform: ${action}`;
      return isJson ? jsonError(400, "AccessDeniedException", message) : queryError(403, "AccessDenied", message);
    }
    if (faults.throttleOnce?.includes(action) && !throttled.has(action)) {
      throttled.add(action);
      return isJson ? jsonError(400, protocol === "json1.1" && action.startsWith("servicequotas") ? "TooManyRequestsException" : "ThrottlingException", "Rate exceeded") : queryError(400, "Throttling", "Rate exceeded");
    }
    return void 0;
  };
}

// src/demo/aws/service-quotas.ts
var quotaJson = (q) => ({
  ServiceCode: q.serviceCode,
  ServiceName: q.serviceCode,
  QuotaCode: q.quotaCode,
  QuotaName: q.quotaName,
  QuotaArn: `arn:aws:servicequotas:eu-west-3:123456789012:${q.serviceCode}/${q.quotaCode}`,
  Value: q.value,
  Unit: "None",
  Adjustable: true,
  GlobalQuota: false,
  ...q.usageMetric ? {
    UsageMetric: {
      MetricNamespace: q.usageMetric.namespace,
      MetricName: q.usageMetric.name,
      MetricDimensions: q.usageMetric.dimensions,
      MetricStatisticRecommendation: q.usageMetric.statistic
    }
  } : {}
});
function serviceQuotas(scenario, op, input) {
  const faults = scenario.faults ?? {};
  const quotas = scenario.quotas ?? [];
  const find = () => quotas.find((q) => q.serviceCode === input.ServiceCode && q.quotaCode === input.QuotaCode);
  const missing = () => json(400, "1.1", {
    __type: "NoSuchResourceException",
    message: `The request failed because the specified quota ${String(input.QuotaCode)} does not exist.`
  });
  switch (op) {
    case "GetServiceQuota": {
      const quota = find();
      return !quota || quota.applied === false ? missing() : json(200, "1.1", { Quota: quotaJson(quota) });
    }
    case "GetAWSDefaultServiceQuota": {
      const quota = find();
      return quota ? json(200, "1.1", { Quota: quotaJson(quota) }) : missing();
    }
    case "ListServiceQuotas": {
      const all = quotas.filter((q) => q.serviceCode === input.ServiceCode && q.applied !== false);
      const size = faults.pageSize ?? 100;
      const start = Number(input.NextToken ?? 0);
      const next = start + size < all.length ? String(start + size) : void 0;
      return json(200, "1.1", { Quotas: all.slice(start, start + size).map(quotaJson), ...next ? { NextToken: next } : {} });
    }
    case "ListRequestedServiceQuotaChangeHistoryByQuota": {
      const requests = (scenario.quotaRequests ?? []).filter((r) => r.serviceCode === input.ServiceCode && r.quotaCode === input.QuotaCode);
      return json(200, "1.1", {
        RequestedQuotas: requests.map((r, i) => ({
          Id: `req-${i}`,
          CaseId: r.caseId,
          ServiceCode: r.serviceCode,
          QuotaCode: r.quotaCode,
          DesiredValue: r.desiredValue,
          Status: r.status,
          Created: Date.parse(r.created) / 1e3,
          LastUpdated: Date.parse(r.created) / 1e3
        }))
      });
    }
  }
  return json(400, "1.1", { __type: "InvalidParameterException", message: `unsupported operation ${op}` });
}

// src/demo/aws/cloudwatch.ts
function pointsOf(scenario, query) {
  const metric = query.MetricStat?.Metric;
  const dims = Object.fromEntries((metric?.Dimensions ?? []).map((d) => [d.Name, d.Value]));
  const quota = (scenario.quotas ?? []).find(
    (x) => x.usageMetric && x.usageMetric.name === metric?.MetricName && Object.entries(x.usageMetric.dimensions).every(([k, v]) => dims[k] === v)
  );
  if (quota) return scenario.usage?.[quota.quotaCode] ?? [];
  const same = (a, b) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  return (scenario.metrics ?? []).find(
    (m) => m.namespace === metric?.Namespace && m.name === metric?.MetricName && same(m.dimensions, dims) && (!m.stat || m.stat === query.MetricStat?.Stat)
  )?.values ?? [];
}
function describeAlarms(scenario, input) {
  const names = input.AlarmNames ?? [];
  const prefix = input.AlarmNamePrefix;
  const all = (scenario.alarms ?? []).filter((a) => (names.length === 0 || names.includes(a.name)) && (!prefix || a.name.startsWith(prefix)));
  const size = Number(input.MaxRecords ?? 50);
  const start = Number(input.NextToken ?? 0);
  const page = all.slice(start, start + size).map((a) => ({
    AlarmName: a.name,
    AlarmArn: `arn:aws:cloudwatch:eu-west-3:123456789012:alarm:${a.name}`,
    StateValue: a.state,
    StateReason: a.reason ?? `Threshold ${a.state === "ALARM" ? "Crossed" : "not crossed"}`,
    StateUpdatedTimestamp: Math.floor(new Date(a.updated ?? "2027-03-10T09:00:00Z").getTime() / 1e3),
    ActionsEnabled: a.actionsEnabled ?? true,
    AlarmActions: a.actions ?? ["arn:aws:sns:eu-west-3:123456789012:on-call"],
    MetricName: a.metric ?? "HTTPCode_Target_5XX_Count",
    Namespace: "AWS/ApplicationELB"
  }));
  return json(200, "1.0", { MetricAlarms: page, CompositeAlarms: [], ...start + size < all.length ? { NextToken: String(start + size) } : {} });
}
function cloudWatch(scenario, op, input) {
  if (op === "DescribeAlarms") return describeAlarms(scenario, input);
  if (op !== "GetMetricData") return json(400, "1.0", { __type: "InvalidParameterValue", message: `unsupported operation ${op}` });
  const queries = input.MetricDataQueries ?? [];
  const end = Math.floor(Date.now() / 1e3);
  const ascending = input.ScanBy === "TimestampAscending";
  return json(200, "1.0", {
    MetricDataResults: queries.map((q) => {
      const values = pointsOf(scenario, q);
      const timestamps = values.map((_, i) => end - (values.length - i) * 60);
      return {
        Id: q.Id,
        Label: q.MetricStat?.Metric?.MetricName,
        StatusCode: "Complete",
        Timestamps: ascending ? timestamps : timestamps.reverse(),
        Values: ascending ? values : [...values].reverse()
      };
    }),
    Messages: []
  });
}

// src/demo/aws/elb.ts
var ELB_NS = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
function elb(scenario, action, params) {
  const lbs = scenario.loadBalancers ?? [];
  const list = (prefix) => [...params.entries()].filter(([k]) => k.startsWith(`${prefix}.member.`)).map(([, v]) => v);
  switch (action) {
    case "DescribeLoadBalancers": {
      const names = list("Names");
      const arns = list("LoadBalancerArns");
      const found = lbs.filter((lb) => names.length === 0 && arns.length === 0 || names.includes(lb.name) || arns.includes(lb.arn));
      if ((names.length || arns.length) && found.length < names.length + arns.length)
        return queryError(400, "LoadBalancerNotFound", `One or more load balancers not found: ${[...names, ...arns].join(", ")}`);
      return queryOk(ELB_NS, action, {
        LoadBalancers: found.map((lb) => ({
          LoadBalancerArn: lb.arn,
          DNSName: lb.dnsName,
          LoadBalancerName: lb.name,
          Scheme: "internet-facing",
          Type: lb.type,
          State: { Code: "active" },
          AvailabilityZones: lb.zones.map((zone, i) => ({ ZoneName: zone, SubnetId: `subnet-${i}` })),
          CreatedTime: "2026-01-15T10:00:00.000Z"
        }))
      });
    }
    case "DescribeCapacityReservation": {
      const lb = lbs.find((x) => x.arn === params.get("LoadBalancerArn"));
      if (!lb) return queryError(400, "LoadBalancerNotFound", `Load balancer '${params.get("LoadBalancerArn")}' not found`);
      const r = lb.reservation;
      return queryOk(ELB_NS, action, {
        LastModifiedTime: "2027-03-01T09:00:00.000Z",
        DecreaseRequestsRemaining: 2,
        ...r ? { MinimumLoadBalancerCapacity: { CapacityUnits: r.units } } : {},
        CapacityReservationState: (r?.states ?? []).map((s) => ({
          AvailabilityZone: s.zone,
          EffectiveCapacityUnits: s.effective ?? (s.code === "provisioned" ? r.units / r.states.length : 0),
          State: { Code: s.code, Reason: s.reason }
        }))
      });
    }
    case "DescribeLoadBalancerAttributes": {
      const lb = lbs.find((x) => x.arn === params.get("LoadBalancerArn"));
      if (!lb) return queryError(400, "LoadBalancerNotFound", `Load balancer '${params.get("LoadBalancerArn")}' not found`);
      const attributes = { "idle_timeout.timeout_seconds": lb.idleTimeout ?? 60, "client_keep_alive.seconds": 3600, "routing.http2.enabled": true };
      return queryOk(ELB_NS, action, { Attributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value: String(Value) })) });
    }
    case "DescribeTargetHealth": {
      const arn = params.get("TargetGroupArn") ?? "";
      const targets = scenario.targetHealth?.[arn];
      if (!targets) return queryError(400, "TargetGroupNotFound", `Target groups '${arn}' not found`);
      return queryOk(ELB_NS, action, {
        TargetHealthDescriptions: targets.map((t) => ({
          Target: { Id: t.id, Port: t.port ?? 80 },
          HealthCheckPort: String(t.port ?? 80),
          TargetHealth: { State: t.state, Reason: t.reason }
        }))
      });
    }
  }
  return queryError(400, "InvalidAction", `unsupported action ${action}`);
}

// src/demo/aws/auto-scaling.ts
var ASG_NS = "http://autoscaling.amazonaws.com/doc/2011-01-01/";
function autoScaling(scenario, action, params) {
  const groups = scenario.autoScalingGroups ?? [];
  switch (action) {
    case "DescribeAutoScalingGroups": {
      const names = [...params.entries()].filter(([k]) => k.startsWith("AutoScalingGroupNames.member.")).map(([, v]) => v);
      return queryOk(ASG_NS, action, {
        AutoScalingGroups: groups.filter((g) => names.length === 0 || names.includes(g.name)).map((g) => ({
          AutoScalingGroupName: g.name,
          AutoScalingGroupARN: `arn:aws:autoscaling:eu-west-3:123456789012:autoScalingGroup:1:autoScalingGroupName/${g.name}`,
          MinSize: g.min,
          MaxSize: g.max,
          DesiredCapacity: g.desired,
          DefaultCooldown: 300,
          AvailabilityZones: ["eu-west-3a", "eu-west-3b"],
          HealthCheckType: "ELB",
          CreatedTime: "2026-01-15T10:00:00.000Z",
          Instances: Array.from({ length: g.inService ?? g.desired }, (_, i) => ({
            InstanceId: `i-${g.name}-${i}`,
            InstanceType: g.instanceType,
            AvailabilityZone: "eu-west-3a",
            LifecycleState: "InService",
            HealthStatus: "Healthy",
            ProtectedFromScaleIn: false
          })),
          SuspendedProcesses: (g.suspended ?? []).map((p) => ({ ProcessName: p, SuspensionReason: "User suspended at 2027-03-01T10:00:00Z" }))
        }))
      });
    }
    case "DescribeScheduledActions": {
      const name = params.get("AutoScalingGroupName") ?? "";
      return queryOk(ASG_NS, action, {
        ScheduledUpdateGroupActions: (scenario.scheduledActions?.[name] ?? []).map((a) => ({
          AutoScalingGroupName: name,
          ScheduledActionName: a.name,
          StartTime: a.startTime,
          MinSize: a.min,
          MaxSize: a.max,
          DesiredCapacity: a.desired
        }))
      });
    }
  }
  return queryError(400, "InvalidAction", `unsupported action ${action}`);
}

// src/demo/aws/cloudfront.ts
function cloudFront(scenario, id) {
  const d = scenario.distributions?.[id];
  if (!d)
    return {
      status: 404,
      type: "text/xml",
      body: `<?xml version="1.0"?><ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Error><Type>Sender</Type><Code>NoSuchDistribution</Code><Message>The specified distribution does not exist.</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`
    };
  const items = (list) => `<Quantity>${list.length}</Quantity>${list.length ? `<Items>${list.join("")}</Items>` : ""}`;
  const origins = d.origins.map(
    (o, i) => `<Origin><Id>${xmlEscape(o.id ?? `origin-${i}`)}</Id><DomainName>${xmlEscape(o.domain)}</DomainName><OriginPath>${xmlEscape(o.path ?? "")}</OriginPath><CustomHeaders><Quantity>0</Quantity></CustomHeaders><CustomOriginConfig><HTTPPort>${o.httpPort ?? 80}</HTTPPort><HTTPSPort>443</HTTPSPort><OriginProtocolPolicy>${o.protocol ?? "https-only"}</OriginProtocolPolicy><OriginSslProtocols><Quantity>1</Quantity><Items><SslProtocol>TLSv1.2</SslProtocol></Items></OriginSslProtocols><OriginReadTimeout>${o.readTimeout}</OriginReadTimeout><OriginKeepaliveTimeout>5</OriginKeepaliveTimeout></CustomOriginConfig></Origin>`
  );
  const errors = d.errorResponses.map(
    (e) => `<CustomErrorResponse><ErrorCode>${e.code}</ErrorCode>${e.path ? `<ResponsePagePath>${xmlEscape(e.path)}</ResponsePagePath>` : ""}${e.responseCode ? `<ResponseCode>${e.responseCode}</ResponseCode>` : ""}<ErrorCachingMinTTL>${e.ttl}</ErrorCachingMinTTL></CustomErrorResponse>`
  );
  const groups = (d.originGroups ?? []).map(
    (g) => `<OriginGroup><Id>${xmlEscape(g.id)}</Id><FailoverCriteria><StatusCodes>${items(g.statusCodes.map((c) => `<StatusCode>${c}</StatusCode>`))}</StatusCodes></FailoverCriteria><Members>${items([g.primary, g.secondary].map((m) => `<OriginGroupMember><OriginId>${xmlEscape(m)}</OriginId></OriginGroupMember>`))}</Members></OriginGroup>`
  );
  const behaviors = (d.behaviors ?? []).map(
    (b) => `<CacheBehavior><PathPattern>${xmlEscape(b.path)}</PathPattern><TargetOriginId>${xmlEscape(b.target)}</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy></CacheBehavior>`
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?><DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><CallerReference>primetime</CallerReference><Aliases><Quantity>0</Quantity></Aliases><DefaultRootObject></DefaultRootObject><Origins>${items(origins)}</Origins><OriginGroups>${items(groups)}</OriginGroups><DefaultCacheBehavior><TargetOriginId>${xmlEscape(d.defaultTarget ?? "origin-0")}</TargetOriginId><ViewerProtocolPolicy>redirect-to-https</ViewerProtocolPolicy><Compress>true</Compress><CachePolicyId>658327ea-f89d-4fab-a63d-7e88639e58f6</CachePolicyId></DefaultCacheBehavior><CacheBehaviors>${items(behaviors)}</CacheBehaviors><CustomErrorResponses>${items(errors)}</CustomErrorResponses><Comment>primetime</Comment><Enabled>true</Enabled><WebACLId>${xmlEscape(d.webAclId ?? "")}</WebACLId><HttpVersion>http2and3</HttpVersion></DistributionConfig>`;
  return { status: 200, type: "text/xml", body, headers: { etag: "E2PRIMETIME" } };
}

// src/demo/aws/waf.ts
function waf(scenario, op, input) {
  if (op !== "GetWebACLForResource") return json(400, "1.1", { __type: "WAFInvalidOperationException", message: `unsupported operation ${op}` });
  const arn = String(input.ResourceArn);
  if (!scenario.webAcls || !(arn in scenario.webAcls)) return json(400, "1.1", { __type: "WAFNonexistentItemException", message: `resource ${arn} not found` });
  const acl = scenario.webAcls[arn];
  if (!acl) return json(200, "1.1", {});
  const visibility = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: acl.name };
  return json(200, "1.1", {
    WebACL: {
      Name: acl.name,
      Id: "acl-1",
      ARN: `arn:aws:wafv2:eu-west-3:123456789012:regional/webacl/${acl.name}/acl-1`,
      DefaultAction: { Allow: {} },
      VisibilityConfig: visibility,
      Rules: acl.rules.map((r, i) => ({
        Name: r.name,
        Priority: i,
        Statement: r.rateLimit ? { RateBasedStatement: { Limit: r.rateLimit, AggregateKeyType: "IP" } } : { ManagedRuleGroupStatement: { VendorName: "AWS", Name: "AWSManagedRulesCommonRuleSet" } },
        ...r.rateLimit ? { Action: { [r.action ?? "Block"]: {} } } : { OverrideAction: { None: {} } },
        VisibilityConfig: { ...visibility, MetricName: r.name }
      }))
    }
  });
}

// src/demo/aws/rds.ts
var RDS_NS = "http://rds.amazonaws.com/doc/2014-10-31/";
var ITEMS = {
  DBInstances: "DBInstance",
  DBParameterGroups: "DBParameterGroup",
  ReadReplicaDBInstanceIdentifiers: "ReadReplicaDBInstanceIdentifier",
  Parameters: "Parameter",
  DBClusters: "DBCluster",
  DBClusterMembers: "DBClusterMember"
};
var instance = (db) => ({
  DBInstanceIdentifier: db.id,
  DBInstanceClass: db.class,
  Engine: db.engine,
  DBInstanceStatus: db.status ?? "available",
  AllocatedStorage: db.allocatedGiB ?? 100,
  MaxAllocatedStorage: db.maxAllocatedGiB,
  MultiAZ: db.multiAz ?? false,
  DBClusterIdentifier: db.cluster,
  DBParameterGroups: [{ DBParameterGroupName: db.parameterGroup, ParameterApplyStatus: db.parameterApply ?? "in-sync" }],
  ReadReplicaDBInstanceIdentifiers: db.replicas ?? [],
  DBInstanceArn: `arn:aws:rds:eu-west-3:123456789012:db:${db.id}`
});
function rds(scenario, action, params) {
  switch (action) {
    case "DescribeDBInstances": {
      const id = params.get("DBInstanceIdentifier");
      const found = (scenario.databases ?? []).filter((db) => !id || db.id === id);
      if (id && found.length === 0) return queryError(404, "DBInstanceNotFound", `DBInstance ${id} not found.`);
      return queryOk(RDS_NS, action, { DBInstances: found.map(instance) }, ITEMS);
    }
    case "DescribeDBClusters": {
      const id = params.get("DBClusterIdentifier");
      const found = (scenario.dbClusters ?? []).filter((c) => !id || c.id === id);
      if (id && found.length === 0) return queryError(404, "DBClusterNotFoundFault", `DBCluster ${id} not found.`);
      const clusters = found.map((c) => ({
        DBClusterIdentifier: c.id,
        Engine: c.engine,
        Status: c.status ?? "available",
        DBClusterMembers: c.members.map((m) => ({ DBInstanceIdentifier: m.id, IsClusterWriter: m.writer }))
      }));
      return queryOk(RDS_NS, action, { DBClusters: clusters }, ITEMS);
    }
    case "DescribeDBParameters": {
      const group = params.get("DBParameterGroupName") ?? "";
      const all = scenario.dbParameters?.[group];
      if (!all) return queryError(404, "DBParameterGroupNotFound", `DBParameterGroup not found: ${group}`);
      const size = Math.min(Number(params.get("MaxRecords") ?? 100), 100);
      const start = Number(params.get("Marker") ?? 0);
      const page = all.slice(start, start + size).map((p) => ({ ParameterName: p.name, ParameterValue: p.value, Source: p.source ?? "system" }));
      return queryOk(RDS_NS, action, { Parameters: page, Marker: start + size < all.length ? String(start + size) : void 0 }, ITEMS);
    }
  }
  return queryError(400, "InvalidAction", `unsupported action ${action}`);
}

// src/demo/aws/elasticache.ts
var ELASTICACHE_NS = "http://elasticache.amazonaws.com/doc/2015-02-02/";
var ITEMS2 = { ReplicationGroups: "ReplicationGroup", NodeGroups: "NodeGroup", NodeGroupMembers: "NodeGroupMember", MemberClusters: "ClusterId" };
function elastiCache(scenario, action, params) {
  if (action !== "DescribeReplicationGroups") return queryError(400, "InvalidAction", `unsupported action ${action}`);
  const id = params.get("ReplicationGroupId");
  const found = (scenario.cacheGroups ?? []).filter((g) => !id || g.id === id);
  if (id && found.length === 0) return queryError(404, "ReplicationGroupNotFoundFault", `Replication group ${id} not found.`);
  const groups = found.map((g) => ({
    ReplicationGroupId: g.id,
    Status: g.status ?? "available",
    Engine: g.engine ?? "redis",
    CacheNodeType: g.nodeType,
    AutomaticFailover: g.automaticFailover === false ? "disabled" : "enabled",
    MemberClusters: g.nodes,
    NodeGroups: [
      {
        NodeGroupId: "0001",
        Status: "available",
        NodeGroupMembers: g.nodes.map((node, i) => ({ CacheClusterId: node, CacheNodeId: "0001", CurrentRole: i === 0 ? "primary" : "replica" }))
      }
    ]
  }));
  return queryOk(ELASTICACHE_NS, action, { ReplicationGroups: groups }, ITEMS2);
}

// src/demo/aws/dynamodb.ts
var throughput = (t, provisioned) => ({
  ...provisioned ? { ProvisionedThroughput: { ReadCapacityUnits: t.read ?? 0, WriteCapacityUnits: t.write ?? 0, NumberOfDecreasesToday: 0 } } : {},
  ...t.warm ? { WarmThroughput: { ReadUnitsPerSecond: t.warm.read, WriteUnitsPerSecond: t.warm.write, Status: t.warm.status ?? "ACTIVE" } } : {},
  ...t.maxOnDemand ? { OnDemandThroughput: { MaxReadRequestUnits: t.maxOnDemand.read ?? -1, MaxWriteRequestUnits: t.maxOnDemand.write ?? -1 } } : {}
});
function dynamoDb(scenario, op, input) {
  if (op !== "DescribeTable") return json(400, "1.0", { __type: "com.amazon.coral.validate#ValidationException", message: `unsupported operation ${op}` });
  const name = String(input.TableName);
  const table = (scenario.dynamoTables ?? []).find((t) => t.name === name);
  if (!table)
    return json(400, "1.0", {
      __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
      message: `Requested resource not found: Table: ${name} not found`
    });
  const provisioned = table.mode === "PROVISIONED";
  return json(200, "1.0", {
    Table: {
      TableName: table.name,
      TableStatus: table.status ?? "ACTIVE",
      TableArn: `arn:aws:dynamodb:eu-west-3:123456789012:table/${table.name}`,
      BillingModeSummary: { BillingMode: table.mode },
      ...throughput(table, provisioned),
      GlobalSecondaryIndexes: (table.indexes ?? []).map((index) => ({ IndexName: index.name, IndexStatus: "ACTIVE", ...throughput(index, provisioned) }))
    }
  });
}

// src/demo/aws/ses.ts
function ses(scenario) {
  const account = scenario.ses;
  if (!account) return restJsonError(404, "NotFoundException", "SES is not set up in this region.");
  return {
    status: 200,
    type: "application/json",
    body: JSON.stringify({
      ProductionAccessEnabled: account.production,
      SendingEnabled: account.sendingEnabled ?? true,
      EnforcementStatus: account.enforcement ?? "HEALTHY",
      DedicatedIpAutoWarmupEnabled: false,
      SendQuota: { Max24HourSend: account.max24HourSend, MaxSendRate: account.maxSendRate, SentLast24Hours: account.sentLast24Hours }
    })
  };
}

// src/demo/aws/route53.ts
var NS = "https://route53.amazonaws.com/doc/2013-04-01/";
var ITEMS3 = { ResourceRecordSets: "ResourceRecordSet", ResourceRecords: "ResourceRecord", HealthCheckObservations: "HealthCheckObservation" };
var xml = (root, body) => ({
  status: 200,
  type: "text/xml",
  body: `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${NS}">${toXml(body, ITEMS3)}</${root}>`
});
var notFound = (code, message) => ({
  status: 404,
  type: "text/xml",
  body: `<?xml version="1.0"?><ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>primetime-local</RequestId></ErrorResponse>`
});
var recordSet = (r) => ({
  Name: r.name.endsWith(".") ? r.name : `${r.name}.`,
  Type: r.type,
  SetIdentifier: r.setId ?? (r.failover ? r.failover.toLowerCase() : void 0),
  Failover: r.failover,
  TTL: r.alias ? void 0 : r.ttl ?? 300,
  ResourceRecords: r.alias ? void 0 : (r.values ?? ["192.0.2.10"]).map((Value) => ({ Value })),
  AliasTarget: r.alias ? { HostedZoneId: "Z2FDTNDATAQYW2", DNSName: r.alias.dnsName, EvaluateTargetHealth: r.alias.evaluateTargetHealth ?? false } : void 0,
  HealthCheckId: r.healthCheckId
});
function route53(scenario, path4, query) {
  const zone = /^\/2013-04-01\/hostedzone\/([^/]+)\/rrset\/?$/.exec(path4);
  if (zone) {
    const records = scenario.hostedZones?.[decodeURIComponent(zone[1])];
    if (!records) return { op: "ListResourceRecordSets", answer: notFound("NoSuchHostedZone", `No hosted zone found with ID: ${zone[1]}`) };
    const from = (query.get("name") ?? "").replace(/\.$/, "");
    const listed = records.filter((r) => !from || r.name.replace(/\.$/, "") >= from);
    return {
      op: "ListResourceRecordSets",
      answer: xml("ListResourceRecordSetsResponse", { ResourceRecordSets: listed.map(recordSet), IsTruncated: false, MaxItems: 300 })
    };
  }
  const check = /^\/2013-04-01\/healthcheck\/([^/]+)(\/status)?$/.exec(path4);
  if (!check) return void 0;
  const id = decodeURIComponent(check[1]);
  const health = scenario.healthChecks?.[id];
  const op = check[2] ? "GetHealthCheckStatus" : "GetHealthCheck";
  if (!health) return { op, answer: notFound("NoSuchHealthCheck", `No health check exists with the specified ID ${id}`) };
  if (check[2])
    return {
      op,
      answer: xml("GetHealthCheckStatusResponse", {
        HealthCheckObservations: health.reports.map((Status, i) => ({
          Region: ["eu-west-1", "us-east-1", "ap-southeast-1"][i % 3],
          IPAddress: `15.177.${i}.1`,
          StatusReport: { Status, CheckedTime: "2027-03-11T19:00:00Z" }
        }))
      })
    };
  const config = {
    Type: "HTTPS",
    FullyQualifiedDomainName: health.fqdn ?? "www.example.fr",
    ResourcePath: "/",
    Inverted: health.inverted ?? false,
    Disabled: health.disabled ?? false,
    RequestInterval: 30,
    FailureThreshold: 3
  };
  return {
    op,
    answer: xml("GetHealthCheckResponse", { HealthCheck: { Id: id, CallerReference: "primetime", HealthCheckConfig: config, HealthCheckVersion: 1 } })
  };
}

// src/demo/aws-endpoint.ts
var JSON_SERVICES = {
  ServiceQuotasV20190624: "servicequotas",
  GraniteServiceVersion20100801: "cloudwatch",
  AWSWAF_20190729: "wafv2",
  DynamoDB_20120810: "dynamodb"
};
var QUERY_SERVICES = {
  "2015-12-01": "elasticloadbalancing",
  "2011-01-01": "autoscaling",
  "2014-10-31": "rds",
  "2015-02-02": "elasticache"
};
function router(scenario, calls) {
  const fault = faultInjector(scenario.faults ?? {});
  return (method, path4, headers, body, query) => {
    const target = String(headers["x-amz-target"] ?? "");
    if (target) {
      const [prefix, op = ""] = target.split(".");
      const input = body ? JSON.parse(body) : {};
      const service2 = JSON_SERVICES[prefix];
      if (!service2) return json(400, "1.1", { __type: "UnknownOperationException", message: target });
      const action2 = `${service2}:${op}`;
      calls.push(action2);
      const answer2 = { servicequotas: serviceQuotas, cloudwatch: cloudWatch, wafv2: waf, dynamodb: dynamoDb }[service2];
      return fault(action2, service2 === "cloudwatch" || service2 === "dynamodb" ? "json1.0" : "json1.1") ?? answer2(scenario, op, input);
    }
    if (method === "GET" && path4 === "/v2/email/account") {
      calls.push("ses:GetAccount");
      return fault("ses:GetAccount", "rest-json") ?? ses(scenario);
    }
    const dns = method === "GET" ? route53(scenario, path4, query) : void 0;
    if (dns) {
      calls.push(`route53:${dns.op}`);
      return fault(`route53:${dns.op}`, "rest") ?? dns.answer;
    }
    const distribution = /^\/2020-05-31\/distribution\/([^/]+)\/config$/.exec(path4);
    if (method === "GET" && distribution) {
      calls.push("cloudfront:GetDistributionConfig");
      return fault("cloudfront:GetDistributionConfig", "rest") ?? cloudFront(scenario, decodeURIComponent(distribution[1]));
    }
    const params = new URLSearchParams(body);
    const action = params.get("Action") ?? "";
    const version = params.get("Version");
    const service = QUERY_SERVICES[version ?? ""];
    if (!service) return queryError(400, "InvalidAction", `unknown request ${method} ${path4}`);
    calls.push(`${service}:${action}`);
    const answer = { elasticloadbalancing: elb, autoscaling: autoScaling, rds, elasticache: elastiCache }[service];
    return fault(`${service}:${action}`, "query") ?? answer(scenario, action, params);
  };
}
async function startAwsEndpoint(scenario) {
  const calls = [];
  const route = router(scenario, calls);
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => body += chunk);
    request.on("end", () => {
      const url2 = new URL(request.url ?? "/", "http://local");
      const answer = route(request.method ?? "GET", url2.pathname, request.headers, body, url2.searchParams);
      response.writeHead(answer.status, { "content-type": answer.type, "x-amzn-requestid": "primetime-local", ...answer.headers });
      response.end(answer.body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  const env = {
    AWS_ENDPOINT_URL_SERVICE_QUOTAS: url,
    AWS_ENDPOINT_URL_CLOUDWATCH: url,
    AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2: url,
    AWS_ENDPOINT_URL_AUTO_SCALING: url,
    AWS_ENDPOINT_URL_CLOUDFRONT: url,
    AWS_ENDPOINT_URL_WAFV2: url,
    AWS_ENDPOINT_URL_RDS: url,
    AWS_ENDPOINT_URL_DYNAMODB: url,
    AWS_ENDPOINT_URL_ELASTICACHE: url,
    AWS_ENDPOINT_URL_SESV2: url,
    AWS_ENDPOINT_URL_ROUTE_53: url,
    AWS_ACCESS_KEY_ID: "AKIAPRIMETIMELOCAL",
    AWS_SECRET_ACCESS_KEY: "local-endpoint-secret",
    AWS_REGION: "eu-west-3"
  };
  return { url, calls, env, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

// src/demo/aws-demo.ts
var ALB_ARN = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/elan-web/50dc6c495c0c9188";
var TG_ARN = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/elan-web/73e2d6bc24d8a067";
var SIMULATED_AWS_LABEL = "AWS checks read a simulated account served by a local endpoint on 127.0.0.1, not a real one.";
function demoAwsScenario(airtime, siteUrl) {
  const site = new URL(siteUrl);
  const scaleOut = new Date(new Date(airtime).getTime() - 36e5).toISOString();
  return {
    quotas: [
      {
        serviceCode: "ec2",
        quotaCode: "L-1216C47A",
        quotaName: "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances",
        value: 512,
        usageMetric: {
          namespace: "AWS/Usage",
          name: "ResourceCount",
          dimensions: { Class: "Standard/OnDemand", Resource: "vCPU", Service: "EC2", Type: "Resource" },
          statistic: "Maximum"
        }
      }
    ],
    usage: { "L-1216C47A": [96, 120, 110] },
    loadBalancers: [
      {
        name: "elan-web",
        arn: ALB_ARN,
        dnsName: "elan-web-1234.eu-west-3.elb.amazonaws.com",
        type: "application",
        zones: ["eu-west-3a", "eu-west-3b", "eu-west-3c"],
        reservation: { units: 150, states: ["eu-west-3a", "eu-west-3b", "eu-west-3c"].map((zone) => ({ zone, code: "provisioned" })) }
      }
    ],
    targetHealth: { [TG_ARN]: ["i-0a1", "i-0b2", "i-0c3"].map((id) => ({ id, state: "healthy" })) },
    autoScalingGroups: [{ name: "elan-web", min: 3, max: 24, desired: 3, instanceType: "c5.xlarge" }],
    scheduledActions: { "elan-web": [{ name: "capital-scale-out", startTime: scaleOut, min: 9, desired: 9 }] },
    distributions: {
      E2ELANDEMO: {
        errorResponses: [500, 502, 503, 504].map((code) => ({ code, path: "/erreurs/503.html", responseCode: "503", ttl: 10 })),
        webAclId: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/elan-edge/1",
        origins: [
          { id: "elan-web", domain: "elan-web-1234.eu-west-3.elb.amazonaws.com", readTimeout: 30 },
          { id: "elan-plan-b", domain: site.hostname, httpPort: Number(site.port), protocol: "http-only", path: "/plan-b", readTimeout: 10 }
        ],
        originGroups: [{ id: "elan-web-or-plan-b", primary: "elan-web", secondary: "elan-plan-b", statusCodes: [500, 502, 503, 504] }],
        defaultTarget: "elan-web-or-plan-b"
      }
    },
    webAcls: { [ALB_ARN]: { name: "elan-web", rules: [{ name: "common-rules" }, { name: "flood-guard", rateLimit: 3e3 }] } },
    ...DEMO_BACKEND,
    metrics: backendHistory()
  };
}
function demoAlarms(incident) {
  return ["elan-5xx", "elan-latency", "elan-db-connections", "elan-leads-throttles"].map(
    (name) => incident && name === "elan-5xx" ? { name, state: "ALARM", reason: "Threshold Crossed: 1 datapoint (812.0) was greater than the threshold (100.0)" } : { name, state: "OK" }
  );
}
var DEMO_BACKEND = {
  databases: [
    { id: "elan-db", class: "db.r6g.large", engine: "mysql", parameterGroup: "elan-mysql8", replicas: ["elan-db-ro"], allocatedGiB: 200, multiAz: true }
  ],
  dbParameters: { "elan-mysql8": [{ name: "max_connections", value: "1000", source: "user" }] },
  dynamoTables: [{ name: "elan-leads", mode: "PAY_PER_REQUEST", warm: { read: 12e3, write: 4e3 } }],
  cacheGroups: [{ id: "elan-cache", nodeType: "cache.r6g.large", nodes: ["elan-cache-001", "elan-cache-002"] }],
  ses: { production: true, maxSendRate: 50, max24HourSend: 1e5, sentLast24Hours: 3e3 },
  alarms: demoAlarms(false),
  // The site's name fails over to the plan-B host when the load balancer's health check fails.
  hostedZones: {
    Z0ELANDEMO: [
      {
        name: "www.elan-energie.fr",
        type: "A",
        failover: "PRIMARY",
        alias: { dnsName: "elan-web-1234.eu-west-3.elb.amazonaws.com" },
        healthCheckId: "hc-elan-web"
      },
      { name: "www.elan-energie.fr", type: "A", failover: "SECONDARY", ttl: 60, values: ["192.0.2.50"] }
    ]
  },
  healthChecks: { "hc-elan-web": { fqdn: "www.elan-energie.fr", reports: Array.from({ length: 8 }, () => "Success: HTTP Status Code 200, OK") } }
};
function backendHistory() {
  const days = (values) => Array.from({ length: 7 * 24 }, (_, hour) => values[hour % values.length]);
  const node = (id) => [
    { namespace: "AWS/ElastiCache", name: "Evictions", dimensions: { CacheClusterId: id }, values: days([0]) },
    { namespace: "AWS/ElastiCache", name: "EngineCPUUtilization", dimensions: { CacheClusterId: id }, values: days([12, 18, 25]) },
    { namespace: "AWS/ElastiCache", name: "CurrConnections", dimensions: { CacheClusterId: id }, values: days([220, 310, 400]) }
  ];
  return [
    {
      namespace: "AWS/RDS",
      name: "FreeStorageSpace",
      dimensions: { DBInstanceIdentifier: "elan-db" },
      values: days([150, 148, 146].map((gib) => gib * 1024 ** 3))
    },
    ...node("elan-cache-001"),
    ...node("elan-cache-002")
  ];
}
var DEMO_AWS_CHECKS = {
  "lb-prewarm": ["error", { loadBalancers: ["elan-web"], resolutions: 0 }],
  targets: ["error", { targetGroups: [TG_ARN], autoScalingGroups: ["elan-web"] }],
  cloudfront: ["error", { distributions: ["E2ELANDEMO"], originFailover: true }],
  waf: ["error", { resources: [ALB_ARN] }],
  database: ["error", { instances: ["elan-db"], readReplicas: true }],
  dynamodb: ["error", { tables: ["elan-leads"] }],
  cache: ["error", { groups: ["elan-cache"], poolPerInstance: 50 }],
  email: ["error", { enabled: true }],
  alarms: ["error", { prefixes: ["elan-"] }],
  "keep-alive": ["error", { loadBalancers: ["elan-web"], backendKeepAlive: "75s" }],
  dns: ["error", { records: [{ zone: "Z0ELANDEMO", name: "www.elan-energie.fr" }] }]
};
function demoLiveMetrics(plan, progress, incident) {
  const LoadBalancer = "app/elan-web/50dc6c495c0c9188";
  const TargetGroup = "targetgroup/elan-web/73e2d6bc24d8a067";
  const requests = (0.4 + 0.5 * Math.min(1, Math.max(0, progress))) * plan.originRequestsPerSecond * 60;
  const alb = (name, value, extra = {}) => ({
    namespace: "AWS/ApplicationELB",
    name,
    dimensions: { LoadBalancer, ...extra },
    values: [value]
  });
  const cdn = (name, value) => ({
    namespace: "AWS/CloudFront",
    name,
    dimensions: { DistributionId: "E2ELANDEMO", Region: "Global" },
    values: [value]
  });
  return [
    alb("RequestCount", requests),
    alb("HTTPCode_ELB_5XX_Count", 0),
    alb("HTTPCode_Target_5XX_Count", incident ? 0.08 * requests : 1e-3 * requests),
    alb("TargetResponseTime", incident ? 2.6 : 0.18),
    alb("ActiveConnectionCount", requests / 4),
    alb("HTTPCode_ELB_502_Count", 0),
    alb("TargetConnectionErrorCount", 0),
    alb("RejectedConnectionCount", 0),
    alb("PeakLCUs", (0.5 + (incident ? 0.35 : 0.2) * progress) * 150),
    alb("HealthyHostCount", incident ? 8 : 9, { TargetGroup }),
    alb("UnHealthyHostCount", incident ? 1 : 0, { TargetGroup }),
    cdn("Requests", requests / (1 - 0.8)),
    cdn("5xxErrorRate", incident ? 6 : 0.05),
    { namespace: "AWS/AutoScaling", name: "GroupInServiceInstances", dimensions: { AutoScalingGroupName: "elan-web" }, values: [plan.instances ?? 9] },
    ...backendLive(plan, progress, incident)
  ];
}
function backendLive(plan, progress, incident) {
  const share = 0.4 + 0.5 * Math.min(1, Math.max(0, progress));
  const metric = (namespace, name, dimensions, value) => ({
    namespace,
    name,
    dimensions,
    values: [value]
  });
  const db = { DBInstanceIdentifier: "elan-db" };
  const table = { TableName: "elan-leads" };
  const cache = { CacheClusterId: "elan-cache-001" };
  return [
    metric("AWS/RDS", "DatabaseConnections", db, Math.round((incident ? 1.15 : share) * (plan.databaseConnections ?? 180))),
    metric("AWS/RDS", "CPUUtilization", db, 20 + 30 * share),
    metric("AWS/RDS", "ReplicaLag", db, 0.4),
    metric("AWS/DynamoDB", "WriteThrottleEvents", table, 0),
    metric("AWS/DynamoDB", "ReadThrottleEvents", table, 0),
    metric("AWS/DynamoDB", "ConsumedWriteCapacityUnits", table, share * (plan.writesPerSecond ?? 0) * 60),
    metric("AWS/ElastiCache", "Evictions", cache, 0),
    metric("AWS/ElastiCache", "EngineCPUUtilization", cache, 15 + 20 * share),
    metric("AWS/ElastiCache", "EngineCPUUtilization", { CacheClusterId: "elan-cache-002" }, 10 + 10 * share),
    metric("AWS/SES", "Send", {}, share * (plan.emailsPerSecond ?? 0) * 60)
  ];
}

// src/demo/config.ts
function nextAirtime(now) {
  const year = now.getUTCMonth() > 2 || now.getUTCMonth() === 2 && now.getUTCDate() >= 11 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return `${year}-03-11T21:00:00+01:00`;
}
function demoConfig(baseUrl, otherHost, now) {
  return {
    event: {
      name: "Capital (M6), demo",
      airtime: nextAirtime(now),
      audience: 23e5,
      reach: "10%",
      arrivalWindow: "3m",
      pagesPerVisit: 3,
      cacheHitRatio: "80%",
      mobileShare: "55%",
      capacity: { requestsPerSecondPerInstance: 150, instanceType: "c5.xlarge" },
      // With peak mode on, the heavy pages go light: the origin serves this share of its requests.
      peakModeShare: "60%",
      backend: { conversion: "2%", writesPerVisit: 1, writesPerConversion: 6, readsPerVisit: 10, poolPerInstance: 20, deploySurge: 2 }
    },
    site: {
      baseUrl,
      home: "/",
      pages: ["/offres.html"],
      hosts: [otherHost],
      funnel: [
        { url: "/souscription/etape-1.html", name: "Vos coordonn\xE9es" },
        { url: "/souscription/etape-2.html", name: "Votre logement" },
        { url: "/souscription/etape-3.html", name: "Confirmation" }
      ],
      marker: "\xC9lan \xC9nergie",
      errorPages: {
        serviceUnavailable: "/erreurs/503.html",
        maintenance: "/erreurs/maintenance.html",
        overflow: "/plan-b/",
        forcedError: "/erreurs/force-503"
      }
    },
    checks: {
      ...DEMO_AWS_CHECKS,
      "mobile-rendering": [
        "error",
        {
          keyElements: [{ selector: "#souscrire", name: 'The "Souscrire" button', aboveFold: true, pages: ["/"] }],
          pages: ["/", "/offres.html", "/souscription/etape-1.html"]
        }
      ],
      spelling: ["error", { pages: ["/", "/offres.html", "/faq.html", "/mentions-legales.html"] }],
      "peak-mode": ["error", { switch: { header: "X-Peak-Mode", value: "on" }, heavyPages: ["/offres.html"], lightMarker: "Version all\xE9g\xE9e" }],
      load: "error"
    },
    load: demoLoad(baseUrl),
    report: { out: "primetime-report", formats: ["terminal", "json", "html"] },
    warRoom: DEMO_WAR_ROOM
  };
}
var DEMO_WAR_ROOM = {
  bridge: "https://meet.example.fr/capital-demo",
  contacts: [
    { name: "Camille", role: "incident lead", reach: "+33 6 00 00 00 01" },
    { name: "Yanis", role: "ops on call", reach: "@yanis", for: ["figures"] },
    { name: "In\xE8s", role: "database", reach: "+33 6 00 00 00 02", for: ["elan-db"] }
  ]
};
function demoLoad(baseUrl) {
  return {
    allowHosts: [new URL(baseUrl).host],
    target: "50%",
    requests: [
      { url: "/", weight: 6 },
      { url: "/offres.html", weight: 3 },
      { url: "/souscription/etape-1.html", weight: 1 }
    ],
    caps: { maxDuration: "15s" }
  };
}

// src/demo/server.ts
import { createServer as createServer2 } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".json": "application/json"
};
var HTML = TYPES[".html"];
var COLD_REQUESTS = 2;
var STOCK_PAGE = (status, reason) => `<html>\r
<head><title>${status} ${reason}</title></head>\r
<body>\r
<center><h1>${status} ${reason}</h1></center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
var SECURITY_HEADERS = {
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin"
};
async function serveSite(root, behaviour, port = 0, incident) {
  const handle = handler(behaviour.cdn ? throughEdge(originOf(root, behaviour)) : originOf(root, behaviour), incident);
  const server = createServer2((request, response) => {
    handle(request).then(
      (answer) => {
        response.writeHead(answer.status, { ...answer.headers, "content-length": answer.body.length });
        response.end(request.method === "HEAD" ? void 0 : answer.body);
      },
      (error) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`demo server error: ${error.message}`);
      }
    );
  });
  const apex = createServer2((request, response) => {
    response.writeHead(301, { location: new URL(request.url ?? "/", mainUrl).toString(), "content-length": 0 });
    response.end();
  });
  const mainUrl = await listen(server, port);
  const apexUrl = await listen(apex, 0);
  return { url: mainUrl, redirectUrl: apexUrl, close: async () => void await Promise.all([close(server), close(apex)]) };
}
var answerFor = (behaviour) => (status, body, type, cacheControl) => ({
  status,
  body: Buffer.from(body),
  headers: {
    "content-type": type,
    "cache-control": cacheControl,
    ...behaviour.bareHeaders ? {} : SECURITY_HEADERS,
    ...behaviour.serverHeader ? { server: behaviour.serverHeader } : {},
    ...type === HTML && behaviour.cookie ? { "set-cookie": behaviour.cookie } : {}
  }
});
function originOf(root, behaviour) {
  let coldRequests = 0;
  const answer = answerFor(behaviour);
  const page = (file) => readFile(path.join(root, file));
  return async (pathname) => {
    const delay = behaviour.delays[pathname];
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (pathname === "/erreurs/force-503") {
      return behaviour.forcedError === "custom" ? answer(503, await page("erreurs/503.html"), HTML, "no-store") : answer(503, STOCK_PAGE(503, "Service Temporarily Unavailable"), HTML, "no-store");
    }
    const file = await resolveFile(root, pathname);
    if (file && behaviour.coldStart?.includes(pathname) && coldRequests++ < COLD_REQUESTS) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const html = (await readFile(file, "utf8")).replace("</body>", "<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n</body>");
      return answer(200, html, HTML, "no-store");
    }
    if (file) {
      const ext = path.extname(file);
      return answer(
        200,
        await readFile(file),
        TYPES[ext] ?? "application/octet-stream",
        ext === ".html" ? behaviour.htmlCacheControl : "public, max-age=604800, immutable"
      );
    }
    const notFound2 = {
      custom: async () => answer(404, await page("erreurs/404.html"), HTML, "no-store"),
      stock: async () => answer(404, STOCK_PAGE(404, "Not Found"), HTML, "no-store"),
      soft: async () => answer(200, await page("index.html"), HTML, "no-store"),
      empty: async () => answer(404, "", "text/plain", "no-store")
    };
    return notFound2[behaviour.notFound]();
  };
}
function throughEdge(origin) {
  const edge = /* @__PURE__ */ new Map();
  return async (pathname, gzip) => {
    const key = `${gzip}:${pathname}`;
    const cached = edge.get(key);
    const age = cached ? Math.floor((Date.now() - cached.storedAt) / 1e3) : 0;
    if (cached && age < cached.ttl) return { ...cached.answer, headers: { ...cached.answer.headers, "x-cache": "Hit from demo-edge", age: String(age) } };
    const fresh = await origin(pathname);
    const ttl = fresh.status === 200 ? sharedCacheTtl(fresh.headers) : 0;
    if (ttl > 0) edge.set(key, { answer: fresh, storedAt: Date.now(), ttl });
    return { ...fresh, headers: { ...fresh.headers, "x-cache": "Miss from demo-edge" } };
  };
}
var LIGHT_PAGES = { "/offres.html": "/leger/offres.html" };
function handler(serve, incident) {
  return async (request) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    const now = Date.now();
    const down = incident && url.pathname === "/" && now >= incident.from && now < incident.until;
    const pathname = request.headers["x-peak-mode"] === "on" ? LIGHT_PAGES[url.pathname] ?? url.pathname : url.pathname;
    const answer = down ? {
      status: 503,
      body: Buffer.from(STOCK_PAGE(503, "Service Temporarily Unavailable")),
      headers: { "content-type": "text/html", "cache-control": "no-store" }
    } : await serve(decodeURIComponent(pathname), gzip);
    const compress = gzip && /^(text|application\/json|image\/svg)/.test(answer.headers["content-type"] ?? "") && answer.body.length > 0;
    return compress ? { ...answer, body: zlib.gzipSync(answer.body), headers: { ...answer.headers, "content-encoding": "gzip", vary: "Accept-Encoding" } } : answer;
  };
}
async function listen(server, port) {
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return `http://127.0.0.1:${server.address().port}`;
}
function close(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
async function resolveFile(root, pathname) {
  const target = path.resolve(root, "." + pathname);
  if (!target.startsWith(root)) return void 0;
  for (const candidate of [target, path.join(target, "index.html")]) {
    const info = await stat(candidate).catch(() => void 0);
    if (info?.isFile()) return candidate;
  }
  return void 0;
}

// src/demo/site.ts
import { cp, mkdir, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/demo/variants.ts
var CLEAN = {
  notFound: "custom",
  forcedError: "custom",
  delays: {},
  cdn: true,
  htmlCacheControl: "public, max-age=60, s-maxage=300",
  cookie: "elan_session=demo; Path=/; Secure; HttpOnly; SameSite=Lax"
};
var variant = (description, parts = {}) => ({
  description,
  edits: parts.edits ?? {},
  remove: parts.remove ?? [],
  server: { ...CLEAN, ...parts.server }
});
var insertBefore = (marker, addition) => (html) => html.replace(marker, addition + marker);
var PLANTED_TYPOS = [
  { file: "souscription/etape-1.html", from: "informations ci-dessous", to: "informations \xE7i-dessous", flag: "\xE7i-dessous", kind: "cedilla, the story's typo" },
  { file: "souscription/etape-1.html", from: "Num\xE9ro de t\xE9l\xE9phone", to: "Num\xE9ro de t\xE9l\xE9phonne", flag: "t\xE9l\xE9phonne", kind: "doubled letter, in a label" },
  { file: "souscription/etape-1.html", from: "votre pr\xE9nom.</p>", to: "votre pr\xE9non.</p>", flag: "pr\xE9non", kind: "wrong letter, in a validation message" },
  {
    file: "souscription/etape-1.html",
    from: "<title>Souscription, \xE9tape",
    to: "<title>Souscripton, \xE9tape",
    flag: "Souscripton",
    kind: "missing letter, in the document title"
  },
  {
    file: "souscription/etape-2.html",
    from: "Num\xE9ro de point de livraison",
    to: "Numero de point de livraison",
    flag: "Numero",
    kind: "missing accent, in a label"
  },
  { file: "souscription/etape-2.html", from: "14 chiffres, sur", to: "14 chifres, sur", flag: "chifres", kind: "missing letter, in a placeholder" },
  {
    file: "souscription/etape-2.html",
    from: "<option>\xC9lectricit\xE9 seule",
    to: "<option>\xC9lectrict\xE9 seule",
    flag: "\xC9lectrict\xE9",
    kind: "missing letter, in an option"
  },
  { file: "souscription/etape-2.html", from: 'alt="\xC9lan \xC9nergie"', to: 'alt="\xC9lan \xC9nergei"', flag: "\xC9nergei", kind: "swapped letters, in an image text" },
  { file: "souscription/etape-3.html", from: "Vous recevrez un courriel", to: "Vous re\xE7evrez un courriel", flag: "re\xE7evrez", kind: "cedilla before e" },
  { file: "souscription/etape-3.html", from: ">Continuer<", to: ">Contiuer<", flag: "Contiuer", kind: "missing letter, on a button" },
  {
    file: "index.html",
    from: "en cinq minutes \xE0 une offre",
    to: "en cinq minuttes \xE0 une offre",
    flag: "minuttes",
    kind: "doubled letter, in the meta description"
  },
  { file: "offres.html", from: "<li>Une \xE9lectricit\xE9 d\u2019origine", to: "<li>Une \xE9l\xE9ctricit\xE9 d\u2019origine", flag: "\xE9l\xE9ctricit\xE9", kind: "wrong accent" },
  { file: "faq.html", from: "aucune d\xE9marche", to: "aucune d\xE9mmarche", flag: "d\xE9mmarche", kind: "doubled letter" },
  {
    file: "faq.html",
    from: "Le changement de fournisseur est gratuit, et",
    to: "Le changement de fournissseur est gratuit, et",
    flag: "fournissseur",
    kind: "tripled letter"
  },
  { file: "faq.html", from: "Le pr\xE9l\xE8vement est le plus simple", to: "Le pr\xE9l\xE9vement est le plus simple", flag: "pr\xE9l\xE9vement", kind: "wrong accent" },
  { file: "faq.html", from: "augmente dans le m\xE9lange", to: "augmente dans le le m\xE9lange", flag: "le le", kind: "repeated word" },
  { file: "faq.html", from: "Il est accessible depuis", to: "Il est accesible depuis", flag: "accesible", kind: "missing letter" },
  {
    file: "mentions-legales.html",
    from: "fourniture d\u2019\xE9lectricit\xE9 et de gaz",
    to: "fourniture d\u2019\xE9lectricit\xE9e et de gaz",
    flag: "\xE9lectricit\xE9e",
    kind: "agreement the dictionary can see"
  }
];
var PLANTED_GRAMMAR = [
  {
    file: "mentions-legales.html",
    from: "Pour toute r\xE9clamation,",
    to: "Pour toute r\xE9clamations,",
    flag: "toute r\xE9clamations",
    kind: "agreement",
    rule: "grammar"
  },
  { file: "offres.html", from: "vous aident \xE0 comparer", to: "vous aident a comparer", flag: "a comparer", kind: '"a" for "\xE0"', rule: "grammar" },
  {
    file: "faq.html",
    from: "pour tous les fournisseurs.",
    to: "pour tous les fournisseur.",
    flag: "les fournisseur",
    kind: 'agreement after "les"',
    rule: "grammar"
  },
  {
    file: "mentions-legales.html",
    from: "pour vous r\xE9tracter,",
    to: "pour vous r\xE9tractez,",
    flag: "r\xE9tractez",
    kind: 'infinitive after "pour"',
    rule: "grammar"
  },
  {
    file: "mentions-legales.html",
    from: "apr\xE8s nous avoir contact\xE9s,",
    to: "apr\xE8s nous avoir contacter,",
    flag: "avoir contacter",
    kind: 'past participle after "avoir"',
    rule: "grammar"
  },
  { file: "faq.html", from: "(appel non surtax\xE9)", to: "(appel non surtax\xE9", flag: "(", kind: "a bracket left open", rule: "unbalanced" },
  { file: "faq.html", from: "gratuit, et aucun frais", to: "gratuit , et aucun frais", flag: " ,", kind: "a space before a comma", rule: "punctuation-space" },
  { file: "faq.html", from: "\xC0 la date anniversaire", to: "A la date anniversaire", flag: "A", kind: '"A" for "\xC0"', rule: "capital-accent" },
  { file: "faq.html", from: "fix\xE9es par l\u2019\xC9tat", to: "fix\xE9es par l\u2019Etat", flag: "Etat", kind: "a capital without its accent", rule: "capital-accent" }
];
function editsFrom(typos) {
  const files = [...new Set(typos.map((t) => t.file))];
  return Object.fromEntries(
    files.map((file) => [
      file,
      (html) => typos.filter((t) => t.file === file).reduce((text, typo) => {
        if (!text.includes(typo.from)) throw new Error(`planted typo: "${typo.from}" is not in ${file} any more`);
        return text.replace(typo.from, typo.to);
      }, html)
    ])
  );
}
var VARIANTS = {
  clean: variant("The clean site: every check passes."),
  typo: variant(`The story's typo: "\xE7i-dessous" on the first subscription step.`, { edits: editsFrom(PLANTED_TYPOS.slice(0, 1)) }),
  typos: variant(`${PLANTED_TYPOS.length} planted typos of many kinds, in text, labels, placeholders, options, buttons, titles and validation messages.`, {
    edits: editsFrom(PLANTED_TYPOS)
  }),
  grammar: variant(
    `${PLANTED_GRAMMAR.length} planted grammar and typography mistakes (agreement, a/\xE0, verb forms, a space before a comma, accentless capitals, a bracket left open).`,
    {
      edits: editsFrom(PLANTED_GRAMMAR)
    }
  ),
  "stock-503": variant("A real 503 shows the web server's bare stock page.", { server: { forcedError: "stock" } }),
  "stock-404": variant("Unknown paths get the web server's stock 404 page.", { server: { notFound: "stock" } }),
  "soft-404": variant("Unknown paths answer 200 with the home page.", { server: { notFound: "soft" } }),
  "empty-404": variant("Unknown paths answer 404 with an empty body.", { server: { notFound: "empty" } }),
  "planb-missing-css": variant("The plan-B page's stylesheet is missing.", { remove: ["assets/secours.css"] }),
  "no-cdn": variant("No CDN in front: nothing is ever served from a cache.", { server: { cdn: false } }),
  "uncacheable-home": variant("The home page is marked private, no-store: every visitor reaches the origin.", {
    server: { htmlCacheControl: "private, no-store" }
  }),
  "weak-headers": variant("No security headers, the server version disclosed, a cookie without flags.", {
    server: { bareHeaders: true, serverHeader: "nginx/1.22.1", cookie: "elan_session=demo; Path=/" }
  }),
  flaky: variant("The home page is slow for its first requests (a cold start), then fast: Lighthouse runs disagree.", {
    server: { cdn: false, coldStart: ["/"] }
  }),
  overflow: variant("A 1,200 px table makes the home page scroll sideways on phones (not on tablets and laptops).", {
    // The wrapper scrolls on its own from 700 px up: the media query was written the wrong way round.
    edits: {
      "index.html": (html) => insertBefore(
        "</head>",
        "<style>@media (min-width: 700px) { .tarifs { overflow-x: auto; } }</style>\n"
      )(
        insertBefore(
          "</main>",
          '<div class="tarifs"><table style="width:1200px"><tr><td>Tarifs d\xE9taill\xE9s par option et par puissance souscrite</td></tr></table></div>\n'
        )(html)
      )
    }
  }),
  "no-viewport": variant("The home page has no meta viewport.", {
    edits: { "index.html": (html) => html.replace(/<meta name="viewport"[^>]*>\n/, "") }
  }),
  "hidden-cta": variant('The "Souscrire" call to action is hidden below 400 px.', {
    edits: { "index.html": insertBefore("</head>", "<style>@media (max-width: 400px) { #souscrire { display: none; } }</style>\n") }
  }),
  "console-error": variant("The home page throws a script error.", {
    edits: { "index.html": insertBefore("</body>", "<script>window.elanTarifs.charger();</script>\n") }
  }),
  "broken-image": variant("The home page shows an image that does not exist.", {
    edits: { "index.html": insertBefore("</main>", '<img src="/assets/eolienne.jpg" alt="Une \xE9olienne" width="320" height="200">\n') }
  }),
  slow: variant("The home page is slow and heavy.", {
    edits: {
      "index.html": insertBefore("</body>", "<script>const fin = Date.now() + 1500; while (Date.now() < fin) {}</script>\n")
    },
    server: { delays: { "/": 1500, "/index.html": 1500 } }
  })
};
var VARIANT_NAMES = Object.keys(VARIANTS);

// src/demo/site.ts
var CLEAN_SITE = () => path2.join(packageRoot(), "demo", "site");
async function materializeSite(name, dir) {
  const variant2 = VARIANTS[name];
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(CLEAN_SITE(), dir, { recursive: true });
  for (const [file, edit] of Object.entries(variant2.edits)) {
    const target = path2.join(dir, file);
    const before = await readFile2(target, "utf8").catch(() => "");
    const after = edit(before);
    if (after === before) throw new Error(`variant ${name}: the edit of ${file} changed nothing (the clean site moved on?)`);
    await writeFile(target, after);
  }
  for (const file of variant2.remove) await rm(path2.join(dir, file));
  return variant2;
}

// src/cli/commands/demo.ts
async function browserMissing(configured, env) {
  try {
    await findBrowser(configured, env);
    return void 0;
  } catch (error) {
    return error.message;
  }
}
async function demoCommand(argv, io) {
  const { values } = parse(argv, {
    ...RUN_FLAGS,
    variant: { type: "string" },
    "list-variants": { type: "boolean" },
    serve: { type: "boolean" },
    port: { type: "string" },
    watch: { type: "boolean" },
    duration: { type: "string" }
  });
  if (values["list-variants"]) {
    for (const name of VARIANT_NAMES) io.stdout.write(`  ${name.padEnd(18)} ${VARIANTS[name].description}
`);
    return EXIT.go;
  }
  const variant2 = values.variant ?? "clean";
  if (!VARIANT_NAMES.includes(variant2))
    throw new UsageError(`unknown variant "${variant2}".${didYouMean(variant2, VARIANT_NAMES)} Variants: ${VARIANT_NAMES.join(", ")}.`);
  const port = parsePort(values.port);
  const dir = await mkdtemp(path3.join(os.tmpdir(), "primetime-demo-"));
  const behaviour = await materializeSite(variant2, dir);
  const watchMs = values.watch ? parseDemoDuration(values.duration) : 0;
  const start = Date.now();
  const incident = values.watch ? { from: start + watchMs / 3, until: start + 2 * watchMs / 3 } : void 0;
  const site = await serveSite(dir, behaviour.server, port, incident);
  const now = /* @__PURE__ */ new Date();
  if (values.serve) return serveOnly(site, variant2, now, dir, io);
  if (incident) return watchOnly(site, now, { start, until: start + watchMs, incident }, dir, io);
  try {
    return await withSimulatedAccount(demoAwsScenario(nextAirtime(now), site.url), async () => {
      io.stderr.write(`Demo site (${variant2}: ${VARIANTS[variant2].description}) at ${site.url}
`);
      const loaded = await resolveConfig(demoConfig(site.url, site.redirectUrl, now), { file: "the built-in demo config", env: {} });
      const skippedByConfig = loaded.checks.filter((c) => c.severity === "off").map((c) => c.check.meta.id);
      if (skippedByConfig.length > 0) io.stderr.write(`Off in the demo config: ${skippedByConfig.join(", ")}
`);
      const withoutBrowser = await browserMissing(loaded.config.browser.executablePath, io.env);
      const browserChecks = loaded.checks.filter((c) => c.check.meta.requires.includes("browser")).map((c) => c.check.meta.id);
      if (withoutBrowser) io.stderr.write(`Not run: ${browserChecks.join(", ")}: ${withoutBrowser}
`);
      const options = runOptionsFrom(values, loaded);
      if (withoutBrowser) options.skip.push(...browserChecks);
      return (await runAndReport({ loaded, io, ...options, simulated: [SIMULATED_AWS_LABEL] })).exitCode;
    });
  } finally {
    await site.close();
    await rm2(dir, { recursive: true, force: true });
  }
}
async function withSimulatedAccount(scenario, run) {
  const aws = await startAwsEndpoint(scenario);
  const savedEnv = { ...process.env };
  Object.assign(process.env, aws.env, { AWS_EC2_METADATA_DISABLED: "true" });
  delete process.env.AWS_PROFILE;
  try {
    return await run();
  } finally {
    process.env = savedEnv;
    await aws.close();
  }
}
async function serveOnly(site, variant2, now, dir, io) {
  try {
    const file = path3.join(io.cwd, DEMO_CONFIG_FILE);
    await writeFile2(file, JSON.stringify(demoConfig(site.url, site.redirectUrl, now), null, 2) + "\n");
    io.stdout.write(`Demo site (${variant2}) at ${site.url}, its config in ${DEMO_CONFIG_FILE}. Ctrl-C stops it.
`);
    await new Promise((resolve) => io.interrupt.addEventListener("abort", resolve, { once: true }));
    return EXIT.go;
  } finally {
    await site.close();
    await rm2(dir, { recursive: true, force: true });
  }
}
var DEMO_CONFIG_FILE = "primetime-demo.json";
function parseDemoDuration(value) {
  if (value === void 0) return 6e4;
  let ms = Number.NaN;
  try {
    ms = parseDuration(value);
  } catch {
  }
  if (ms >= 3e3 && ms <= 6e5) return ms;
  throw new UsageError(`--duration ${value}: give the demo watch between 3s and 10m (default 1m).`);
}
async function watchOnly(site, now, watch, dir, io) {
  const alertHttp = createHttpClient({ timeoutMs: 1e4 });
  const scenario = demoAwsScenario(nextAirtime(now), site.url);
  try {
    const config = demoConfig(site.url, site.redirectUrl, now);
    config.event.airtime = parisTime(watch.incident.from);
    const loaded = await resolveConfig(config, { file: "the built-in demo config", env: {} });
    const watchMs = watch.until - watch.start;
    io.stderr.write(
      `Demo site at ${site.url}: its home page goes down from ${formatDuration(watch.incident.from - watch.start)} to ${formatDuration(watch.incident.until - watch.start)} into the watch.
`
    );
    const plan = buildPlan(loaded.config.event).targets;
    const during = (at) => at >= watch.incident.from && at < watch.incident.until;
    Object.defineProperty(scenario, "metrics", { get: () => demoLiveMetrics(plan, (Date.now() - watch.start) / watchMs, during(Date.now())) });
    Object.defineProperty(scenario, "alarms", { get: () => demoAlarms(during(Date.now())) });
    const intervalMs = Math.max(1e3, Math.round(watchMs / 12));
    const file = await withSimulatedAccount(
      scenario,
      () => watchSite(loaded, io, { from: Date.now(), until: watch.until, intervalMs, resume: false, figuresEveryMs: intervalMs, port: 0 }, alertHttp)
    );
    io.stdout.write("\n" + renderAfterShowMarkdown(summarizeWatch(loaded.config.event.name, await readTimeline(file), loaded.config.event.airtime)));
    return EXIT.go;
  } finally {
    await alertHttp.close();
    await site.close();
    await rm2(dir, { recursive: true, force: true });
  }
}
function parisTime(ms) {
  return new Date(ms + 36e5).toISOString().replace("Z", "+01:00");
}
export {
  demoCommand
};
