export { LoadingDots } from './LoadingDots';
export { Row, Section, Subtle, SubtleSmall } from './layout';
export { REMEMBERED_PREFIX, rememberedKey, useRemembered, type RememberedOpen } from './useRemembered';
