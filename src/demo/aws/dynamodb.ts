/** DynamoDB (JSON 1.0): DescribeTable, with the table's and its indexes' provisioned, on-demand and warm throughput. */
import type { Answer, AwsScenario, SimulatedThroughput } from './scenario.js';
import { json } from './wire.js';

const throughput = (t: SimulatedThroughput, provisioned: boolean) => ({
  ...(provisioned ? { ProvisionedThroughput: { ReadCapacityUnits: t.read ?? 0, WriteCapacityUnits: t.write ?? 0, NumberOfDecreasesToday: 0 } } : {}),
  ...(t.warm ? { WarmThroughput: { ReadUnitsPerSecond: t.warm.read, WriteUnitsPerSecond: t.warm.write, Status: t.warm.status ?? 'ACTIVE' } } : {}),
  ...(t.maxOnDemand ? { OnDemandThroughput: { MaxReadRequestUnits: t.maxOnDemand.read ?? -1, MaxWriteRequestUnits: t.maxOnDemand.write ?? -1 } } : {}),
});

export function dynamoDb(scenario: AwsScenario, op: string, input: Record<string, unknown>): Answer {
  if (op !== 'DescribeTable') return json(400, '1.0', { __type: 'com.amazon.coral.validate#ValidationException', message: `unsupported operation ${op}` });
  const name = String(input.TableName);
  const table = (scenario.dynamoTables ?? []).find((t) => t.name === name);
  if (!table)
    return json(400, '1.0', {
      __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException',
      message: `Requested resource not found: Table: ${name} not found`,
    });
  const provisioned = table.mode === 'PROVISIONED';
  return json(200, '1.0', {
    Table: {
      TableName: table.name,
      TableStatus: table.status ?? 'ACTIVE',
      TableArn: `arn:aws:dynamodb:eu-west-3:123456789012:table/${table.name}`,
      BillingModeSummary: { BillingMode: table.mode },
      ...throughput(table, provisioned),
      GlobalSecondaryIndexes: (table.indexes ?? []).map((index) => ({ IndexName: index.name, IndexStatus: 'ACTIVE', ...throughput(index, provisioned) })),
    },
  });
}
