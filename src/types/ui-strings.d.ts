declare module 'virtual:ui-strings/*' {
  /** The same shape as `MessageTree` in src/i18n/messages.ts (an ambient module cannot import it). */
  interface StringTree {
    [key: string]: string | StringTree;
  }
  const strings: StringTree;
  export default strings;
}
