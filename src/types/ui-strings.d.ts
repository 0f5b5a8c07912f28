declare module 'virtual:ui-strings/*' {
  import type { MessageTree } from '../i18n/messages';
  const strings: MessageTree;
  export default strings;
}
