export { TemplatePreview } from './TemplatePreview';
export { TemplatesPanel } from './TemplatesPanel';
export { templateTitle } from './templateTitle';
