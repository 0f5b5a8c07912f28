import { DEFAULT_SETTINGS, type AppSettings } from '../../src/domain/settings';

/** The app's default settings (no company name, no contact details); override what a test is about. */
export function makeSettings(overrides: Partial<AppSettings> = {}): AppSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
