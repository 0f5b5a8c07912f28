import type { BuiltInSlot } from '../slots';

/** Built-in English templates, after the agent guide's example responses and brand voice. */
export const en: Record<BuiltInSlot, string> = {
  templateNegative1: `Hi [Customer name],

Thank you for taking the time to tell us about this, and I'm truly sorry about your experience with [specific problem]. This isn't the standard we aim for, and we take responsibility for it.

I'd like to help put this right. Could you send an email to [our email] with your order number? Then we'll look into it straight away and get back to you personally.

Kind regards,
[Signature]`,

  templateNegative2: `Hi [Customer name],

Thank you for your honest feedback. I'm sorry that [specific problem] didn't live up to your expectations – that's not the experience we want you to have, and we'd like to make it right.

If you email us at [our email] with your order number, we'll find out what happened and come back to you with a solution as quickly as we can.

Kind regards,
[Signature]`,

  templateNeutral3: `Hi [Customer name],

Thank you for your review and for sharing your thoughts. It's good to hear that [mention positive point].

Your point about [area for improvement] is noted, and we'll take it into account in our work going forward. We'd be glad to hear any other ideas you have.

Best wishes,
[Signature]`,

  templatePositive4: `Hi [Customer name],

Thank you so much for the four stars and your kind words! We're really pleased that [specific point] worked well for you.

If there's anything we could have done to make it a five-star experience, we'd love to hear it. We look forward to seeing you again!

Kind regards,
[Signature]`,

  templatePositive5: `Hi [Customer name],

Thank you so much for the wonderful five stars! It's a real pleasure to read that your experience with [specific point] was so good, and I'll make sure the team hears about it.

We look forward to welcoming you back.

Kind regards,
[Signature]`,

  templateQuestion: `Hi [Customer name],

Thank you for your review and your question about [product/feature]. [brief answer]

If you'd like more detail, you're welcome to contact our support team at [email/phone] – our specialists will be happy to help you further.

Best wishes,
[Signature]`,

  templateAnonymous: `Hello,

Thank you for taking the time to share your experience with us. We read every review, and your feedback helps us get better.

We'd like to follow up with you personally, but we can't see who you are from an anonymous review. If you contact us at [email/phone] and mention this review, we'll take it from there.

Kind regards,
[Signature]`,

  templateFollowUp: `Hi [Customer name],

Thank you for letting us know, and I'm sorry for the trouble this has caused. We want to look into it properly, and that's easier to do with you directly than here.

Please send an email to [our email] with your order number and a short description, and I'll personally make sure you get an answer.

Kind regards,
[Signature]`,

  templateSpamNote: `The review is spam and has been flagged on Trustpilot.`,
};
