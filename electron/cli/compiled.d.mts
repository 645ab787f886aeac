export declare function builtAfterSources(output: string, sourceDirs: string[]): boolean;
export declare function freshCompiledCli(root: string): string | null;
