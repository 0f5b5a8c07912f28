export { LoadingDots } from './LoadingDots';
export { Row, Section, Subtle, SubtleSmall } from './layout';
