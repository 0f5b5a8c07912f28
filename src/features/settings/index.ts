export { ManagerBoundary } from './ManagerBoundary';
export { TemplateManagerLauncher } from './TemplateManagerLauncher';
export type { TemplateTexts } from './useTemplateDrafts';
