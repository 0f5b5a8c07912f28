export { ProofreadPanel } from './ProofreadPanel';
export { useProofreading, type Proofreading } from './useProofreading';
export { OwnContactsProvider, useOwnContacts, type OwnContacts } from './OwnContactsProvider';
