export { SetupLauncher } from './SetupLauncher';
