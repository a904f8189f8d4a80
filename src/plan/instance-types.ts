/** vCPUs of common EC2 types, for the quota arithmetic. `event.capacity.vcpusPerInstance` overrides it. */
const BURSTABLE_SIZES: Record<string, number> = { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 };
const STANDARD_SIZES: Record<string, number> = {
  large: 2,
  xlarge: 4,
  '2xlarge': 8,
  '4xlarge': 16,
  '8xlarge': 32,
  '12xlarge': 48,
  '16xlarge': 64,
  '24xlarge': 96,
};
const FAMILIES = new Set(['t3', 't3a', 't4g', 'm5', 'm5a', 'm6i', 'm6g', 'm7i', 'm7g', 'c5', 'c5a', 'c6i', 'c6g', 'c7i', 'c7g', 'r5', 'r6i', 'r6g', 'r7g']);

export function vcpusOf(instanceType: string): number | undefined {
  const [family, size] = instanceType.toLowerCase().split('.');
  if (!family || !size || !FAMILIES.has(family)) return undefined;
  if (family.startsWith('t')) return BURSTABLE_SIZES[size];
  // Graviton families have a 1-vCPU medium size; the others start at large.
  if (size === 'medium' && family.endsWith('g')) return 1;
  return STANDARD_SIZES[size];
}

/** Memory per vCPU of the general (m), memory-optimised (r, x2g) and compute (c) families; burstable classes by size. */
const GIB_PER_VCPU: Record<string, number> = { m: 4, r: 8, c: 2, x: 16 };
const BURSTABLE_GIB: Record<string, number> = { micro: 1, small: 2, medium: 4, large: 8, xlarge: 16, '2xlarge': 32 };

/** Memory of an RDS instance class (db.r6g.large: 16 GiB), for the engine's default max_connections formula. */
export function memoryGiBOf(instanceClass: string): number | undefined {
  const type = instanceClass.toLowerCase().replace(/^db\./, '');
  const [family = '', size = ''] = type.split('.');
  if (family.startsWith('t')) return FAMILIES.has(family) ? BURSTABLE_GIB[size] : undefined;
  const vcpus = vcpusOf(type) ?? (family === 'x2g' ? STANDARD_SIZES[size] : undefined);
  const perVcpu = GIB_PER_VCPU[family === 'x2g' ? 'x' : family[0]!];
  return vcpus === undefined || perVcpu === undefined ? undefined : vcpus * perVcpu;
}
