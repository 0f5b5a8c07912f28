export { ManagerBoundary } from './ManagerBoundary';
export { ManagerViewHost } from './ManagerViewHost';
export { TemplateManagerLauncher } from './TemplateManagerLauncher';
export { TemplateManagerWindow } from './TemplateManagerWindow';
export type { TemplateTexts } from './useTemplateDrafts';
