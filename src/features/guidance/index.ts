export { GuidancePanel } from './GuidancePanel';
