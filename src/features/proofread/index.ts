export { ProofreadPanel } from './ProofreadPanel';
export { useProofreading, type Proofreading } from './useProofreading';
