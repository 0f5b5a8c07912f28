export { ProofreadPanel } from './ProofreadPanel';
export { OwnContactsProvider, useOwnContacts, type OwnContacts } from './OwnContactsProvider';
