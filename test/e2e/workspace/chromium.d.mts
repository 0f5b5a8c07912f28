import type { Browser } from 'playwright-core';
/** Where Chromium is; CHROMIUM_PATH overrides Debian's /usr/bin/chromium. */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
/** Launches headless Chromium; fails with the install command when it is missing. */
export declare function launchChromium(): Promise<Browser>;
