export declare function vcpusOf(instanceType: string): number | undefined;
