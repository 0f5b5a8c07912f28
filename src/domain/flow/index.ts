export { decideFlow } from './decideFlow';
export { answerCheckOf, replyStateOf, type EditorReply } from './replyState';
export {
  ANSWER_CHECKS,
  FLOW_HEADLINES,
  FLOW_STEP_KINDS,
  FLOW_WARNINGS,
  REPLY_STATES,
  type AnswerCheck,
  type Flow,
  type FlowHeadline,
  type FlowInput,
  type FlowStep,
  type FlowStepKind,
  type FlowWarning,
  type ReplyState,
} from './types';
