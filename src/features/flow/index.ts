export { ConfirmSecondReply } from './ConfirmSecondReply';
export { Glance } from './Glance';
export { NextStep } from './NextStep';
