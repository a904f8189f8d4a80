/** Service Quotas codes more than one check reads. */

/** EC2 "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances", in vCPUs. */
export const EC2_STANDARD_VCPUS = 'L-1216C47A';
