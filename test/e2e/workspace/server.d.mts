export interface FixtureInfo {
  id: string;
  label: string;
  purpose: string;
}
export interface RunningWorkspace {
  /** The workspace page. */
  url: string;
  hostOrigin: string;
  appOrigin: string;
  close(): Promise<void>;
}
/** The fixtures, in file-name order. */
export declare function listFixtures(): Promise<FixtureInfo[]>;
/** Starts the workspace (host origin) and the app server (app origin) for a built package. */
export declare function startWorkspace(options: {
  distDir: string;
  hostPort?: number;
  appPort?: number;
}): Promise<RunningWorkspace>;
