/** ElastiCache (query/XML, items named by the model): replication groups and their nodes. */
import type { Answer, AwsScenario } from './scenario.js';
import { queryError, queryOk } from './wire.js';

const ELASTICACHE_NS = 'http://elasticache.amazonaws.com/doc/2015-02-02/';
const ITEMS = { ReplicationGroups: 'ReplicationGroup', NodeGroups: 'NodeGroup', NodeGroupMembers: 'NodeGroupMember', MemberClusters: 'ClusterId' };

export function elastiCache(scenario: AwsScenario, action: string, params: URLSearchParams): Answer {
  if (action !== 'DescribeReplicationGroups') return queryError(400, 'InvalidAction', `unsupported action ${action}`);
  const id = params.get('ReplicationGroupId');
  const found = (scenario.cacheGroups ?? []).filter((g) => !id || g.id === id);
  if (id && found.length === 0) return queryError(404, 'ReplicationGroupNotFoundFault', `Replication group ${id} not found.`);
  const groups = found.map((g) => ({
    ReplicationGroupId: g.id,
    Status: g.status ?? 'available',
    Engine: g.engine ?? 'redis',
    CacheNodeType: g.nodeType,
    AutomaticFailover: g.automaticFailover === false ? 'disabled' : 'enabled',
    MemberClusters: g.nodes,
    NodeGroups: [
      {
        NodeGroupId: '0001',
        Status: 'available',
        NodeGroupMembers: g.nodes.map((node, i) => ({ CacheClusterId: node, CacheNodeId: '0001', CurrentRole: i === 0 ? 'primary' : 'replica' })),
      },
    ],
  }));
  return queryOk(ELASTICACHE_NS, action, { ReplicationGroups: groups }, ITEMS);
}
