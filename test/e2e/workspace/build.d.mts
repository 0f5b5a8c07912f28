/** The repository root. */
export declare const root: string;
/** Builds the Zendesk package into `outDir` (a new temporary folder when omitted); resolves the folder. */
export declare function buildApp(outDir?: string): Promise<string>;
