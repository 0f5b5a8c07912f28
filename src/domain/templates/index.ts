/** Reply templates: built-ins, placeholders, the settings format and its validation. */
export { allBuiltInTemplates, BUILT_IN_TEXTS, builtInTemplates } from './builtin';
export { buildTemplateCatalog, type TemplateCatalog } from './catalog';
export { chooseTemplateLanguage, type LanguageChoiceInput } from './chooseLanguage';
export { isEditorEmpty, looksLikeHtml, plainTextToHtml } from './editorText';
export { fillTemplate, findPlaceholders, openFields, placeholderKey, type FilledTemplate } from './fillTemplate';
export { builtInSettingText, formatTemplateSetting } from './formatSetting';
export { KNOWN_PLACEHOLDER_LABELS, knownPlaceholderFor } from './knownPlaceholders';
export { knownValuesFor, type KnownValuesInput } from './knownValues';
export { parseTemplateSetting, type ParsedTemplateSetting, type WrittenTemplate } from './settingsFormat';
export { languagesOf, templatesForReview, type TemplateFit } from './selectTemplates';
export { BUILT_IN_SLOTS, isBuiltInSlot, SLOT_INFO, type BuiltInSlot } from './slots';
export type * from './types';
export {
  validateTemplateSettings,
  type TemplateProblem,
  type TemplateProblemCode,
  type TemplateSettingsValidation,
} from './validateSettings';
