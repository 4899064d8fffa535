export declare const repoRoot: string;
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare function MISSING_CHROMIUM(path: string): string;
export declare function requireChromium(): string;
export interface ServerProcess {
  url: string;
  output(): string;
  stop(): Promise<void>;
}
export declare function startServerProcess(options?: {
  from?: 'source' | 'build';
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess>;
