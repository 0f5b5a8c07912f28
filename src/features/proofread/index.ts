export { ProofreadPanel } from './ProofreadPanel';
