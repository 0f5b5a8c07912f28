import type { Template } from '../../domain/templates/types';
import type { Translate } from '../../i18n/I18nProvider';

/** A template's name in the list: its own title, or the slot it fills. */
export const templateTitle = (template: Template, t: Translate): string =>
  template.title ?? t(`templates.slots.${template.slot}`);
