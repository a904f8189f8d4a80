/** Elastic Load Balancing v2 (query/XML): load balancers, LCU reservations, target health. */
import type { Answer, AwsScenario } from './scenario.js';
import { queryError, queryOk } from './wire.js';

const ELB_NS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

export function elb(scenario: AwsScenario, action: string, params: URLSearchParams): Answer {
  const lbs = scenario.loadBalancers ?? [];
  const list = (prefix: string) => [...params.entries()].filter(([k]) => k.startsWith(`${prefix}.member.`)).map(([, v]) => v);
  switch (action) {
    case 'DescribeLoadBalancers': {
      const names = list('Names');
      const arns = list('LoadBalancerArns');
      const found = lbs.filter((lb) => (names.length === 0 && arns.length === 0) || names.includes(lb.name) || arns.includes(lb.arn));
      if ((names.length || arns.length) && found.length < names.length + arns.length)
        return queryError(400, 'LoadBalancerNotFound', `One or more load balancers not found: ${[...names, ...arns].join(', ')}`);
      return queryOk(ELB_NS, action, {
        LoadBalancers: found.map((lb) => ({
          LoadBalancerArn: lb.arn,
          DNSName: lb.dnsName,
          LoadBalancerName: lb.name,
          Scheme: 'internet-facing',
          Type: lb.type,
          State: { Code: 'active' },
          AvailabilityZones: lb.zones.map((zone, i) => ({ ZoneName: zone, SubnetId: `subnet-${i}` })),
          CreatedTime: '2026-01-15T10:00:00.000Z',
        })),
      });
    }
    case 'DescribeCapacityReservation': {
      const lb = lbs.find((x) => x.arn === params.get('LoadBalancerArn'));
      if (!lb) return queryError(400, 'LoadBalancerNotFound', `Load balancer '${params.get('LoadBalancerArn')}' not found`);
      const r = lb.reservation;
      return queryOk(ELB_NS, action, {
        LastModifiedTime: '2027-03-01T09:00:00.000Z',
        DecreaseRequestsRemaining: 2,
        ...(r ? { MinimumLoadBalancerCapacity: { CapacityUnits: r.units } } : {}),
        CapacityReservationState: (r?.states ?? []).map((s) => ({
          AvailabilityZone: s.zone,
          EffectiveCapacityUnits: s.effective ?? (s.code === 'provisioned' ? r!.units / r!.states.length : 0),
          State: { Code: s.code, Reason: s.reason },
        })),
      });
    }
    case 'DescribeLoadBalancerAttributes': {
      const lb = lbs.find((x) => x.arn === params.get('LoadBalancerArn'));
      if (!lb) return queryError(400, 'LoadBalancerNotFound', `Load balancer '${params.get('LoadBalancerArn')}' not found`);
      const attributes = { 'idle_timeout.timeout_seconds': lb.idleTimeout ?? 60, 'client_keep_alive.seconds': 3600, 'routing.http2.enabled': true };
      return queryOk(ELB_NS, action, { Attributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value: String(Value) })) });
    }
    case 'DescribeTargetHealth': {
      const arn = params.get('TargetGroupArn') ?? '';
      const targets = scenario.targetHealth?.[arn];
      if (!targets) return queryError(400, 'TargetGroupNotFound', `Target groups '${arn}' not found`);
      return queryOk(ELB_NS, action, {
        TargetHealthDescriptions: targets.map((t) => ({
          Target: { Id: t.id, Port: t.port ?? 80 },
          HealthCheckPort: String(t.port ?? 80),
          TargetHealth: { State: t.state, Reason: t.reason },
        })),
      });
    }
  }
  return queryError(400, 'InvalidAction', `unsupported action ${action}`);
}
