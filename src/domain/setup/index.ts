export * from './types';
export * from './marker';
export * from './definitions';
export * from './existing';
export * from './compare';
