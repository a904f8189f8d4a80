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
