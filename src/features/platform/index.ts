export { ReportingTagsCheck } from './ReportingTagsCheck';
