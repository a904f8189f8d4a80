/** RDS (query/XML, items named by the model): DB instances, Aurora clusters, and a parameter group's parameters, paged. */
import type { Answer, AwsScenario, SimulatedDatabase } from './scenario.js';
import { queryError, queryOk } from './wire.js';

const RDS_NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
const ITEMS = {
  DBInstances: 'DBInstance',
  DBParameterGroups: 'DBParameterGroup',
  ReadReplicaDBInstanceIdentifiers: 'ReadReplicaDBInstanceIdentifier',
  Parameters: 'Parameter',
  DBClusters: 'DBCluster',
  DBClusterMembers: 'DBClusterMember',
};

const instance = (db: SimulatedDatabase) => ({
  DBInstanceIdentifier: db.id,
  DBInstanceClass: db.class,
  Engine: db.engine,
  DBInstanceStatus: db.status ?? 'available',
  AllocatedStorage: db.allocatedGiB ?? 100,
  MaxAllocatedStorage: db.maxAllocatedGiB,
  MultiAZ: db.multiAz ?? false,
  DBClusterIdentifier: db.cluster,
  DBParameterGroups: [{ DBParameterGroupName: db.parameterGroup, ParameterApplyStatus: db.parameterApply ?? 'in-sync' }],
  ReadReplicaDBInstanceIdentifiers: db.replicas ?? [],
  DBInstanceArn: `arn:aws:rds:eu-west-3:123456789012:db:${db.id}`,
});

export function rds(scenario: AwsScenario, action: string, params: URLSearchParams): Answer {
  switch (action) {
    case 'DescribeDBInstances': {
      const id = params.get('DBInstanceIdentifier');
      const found = (scenario.databases ?? []).filter((db) => !id || db.id === id);
      if (id && found.length === 0) return queryError(404, 'DBInstanceNotFound', `DBInstance ${id} not found.`);
      return queryOk(RDS_NS, action, { DBInstances: found.map(instance) }, ITEMS);
    }
    case 'DescribeDBClusters': {
      const id = params.get('DBClusterIdentifier');
      const found = (scenario.dbClusters ?? []).filter((c) => !id || c.id === id);
      if (id && found.length === 0) return queryError(404, 'DBClusterNotFoundFault', `DBCluster ${id} not found.`);
      const clusters = found.map((c) => ({
        DBClusterIdentifier: c.id,
        Engine: c.engine,
        Status: c.status ?? 'available',
        DBClusterMembers: c.members.map((m) => ({ DBInstanceIdentifier: m.id, IsClusterWriter: m.writer })),
      }));
      return queryOk(RDS_NS, action, { DBClusters: clusters }, ITEMS);
    }
    case 'DescribeDBParameters': {
      const group = params.get('DBParameterGroupName') ?? '';
      const all = scenario.dbParameters?.[group];
      if (!all) return queryError(404, 'DBParameterGroupNotFound', `DBParameterGroup not found: ${group}`);
      // Pages of MaxRecords (100 at most, as RDS), the next one's offset as the Marker.
      const size = Math.min(Number(params.get('MaxRecords') ?? 100), 100);
      const start = Number(params.get('Marker') ?? 0);
      const page = all.slice(start, start + size).map((p) => ({ ParameterName: p.name, ParameterValue: p.value, Source: p.source ?? 'system' }));
      return queryOk(RDS_NS, action, { Parameters: page, Marker: start + size < all.length ? String(start + size) : undefined }, ITEMS);
    }
  }
  return queryError(400, 'InvalidAction', `unsupported action ${action}`);
}
