export declare function vcpusOf(instanceType: string): number | undefined;
/** Memory of an RDS instance class (db.r6g.large: 16 GiB), for the engine's default max_connections formula. */
export declare function memoryGiBOf(instanceClass: string): number | undefined;
