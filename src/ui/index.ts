export { LoadingDots } from './LoadingDots';
export { HiddenHeading, Row, Section, Subtle, SubtleSmall, visuallyHidden } from './layout';
export { REMEMBERED_PREFIX, rememberedKey, useRemembered, type RememberedOpen } from './useRemembered';
