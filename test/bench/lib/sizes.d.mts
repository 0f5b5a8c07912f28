export interface FileSize {
  name: string;
  bytes: number;
  gzip: number;
  startup: boolean;
}
/** Start-up and lazy files of the package in `distDir`, each with its raw and gzip size. */
export declare function measureSizes(distDir: string): {
  files: FileSize[];
  startupJs: { gzip: number; bytes: number };
  startupCss: { gzip: number; bytes: number };
  lazy: FileSize[];
};
