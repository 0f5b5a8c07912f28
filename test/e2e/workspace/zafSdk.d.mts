import type { BrowserContext } from 'playwright-core';
/** Where Zendesk ships the SDK. */
export declare const ZENDESK_SDK_URL: string;
/** The SDK test double as one minified classic script. */
export declare function zafSdkScript(): Promise<string>;
/** Serves the SDK test double at Zendesk's URL in a browser context, or fails those requests. */
export declare function serveZafSdk(context: BrowserContext, options?: { fail?: boolean }): Promise<void>;
