export declare const compiledEntry: string;
export declare function buildCli(): Promise<string>;
