// Trustpilot's public API as the app meets it through Zendesk's proxy (`client.request` with
// `secure: true` to api.trustpilot.com): GET /v1/reviews/{id} and GET /v1/consumers/{id}/reviews,
// in the shapes of Trustpilot's documentation, with scenarios tests and the playground switch on.
//
// The "proxy" fills in {{setting.trustpilotApiKey}} from a secure setting the app never sees;
// a request that is not secure or lacks the placeholder is refused like a missing key (401).

const API_ORIGIN = 'https://api.trustpilot.com';
export const API_KEY = 'tp-demo-key-not-sent-to-the-browser';

/** Scenario → what the imitation does; the playground lists these in its toolbar. */
export const TRUSTPILOT_SCENARIOS = {
  off: 'Off (no API key)',
  normal: 'Normal (a sent reply appears at once)',
  edited: 'Review edited on Trustpilot',
  deleted: 'Review deleted (404)',
  replied: 'Already replied in Trustpilot Business',
  'reply-after': 'Sent reply appears after a delay',
  never: 'Sent reply never appears',
  different: 'A different reply appears',
  unauthorized: 'API key refused (401)',
  'rate-limited': '429 with Retry-After, then normal',
  slow: 'Slow answers',
};

const reply = (status, body, headers = {}) => ({ status, body, headers });

const RATING_LINE = /^(★|☆|rating\b|betyg\b|note\b|bedømmelse\b|bewertung\b)/i;
const META_LINE = /^(reference number|referensnummer|numéro de référence|referencenummer|referenznummer|review)\s*:/i;

/** The review's public text as Trustpilot holds it: the ticket's description without the connector's lines. */
function reviewText(body, subject) {
  const lines = String(body ?? '').split('\n');
  const kept = lines.filter((line) => {
    const trimmed = line.trim();
    return !RATING_LINE.test(trimmed) && !META_LINE.test(trimmed) && trimmed !== subject;
  });
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const starsOf = (tags) => {
  const tag = tags.find((t) => /^rating_[1-5]$/.test(t));
  return tag ? Number(tag.slice(-1)) : 3;
};

/**
 * state: { world, scenario, replyDelayMs, retryAfter, slowMs }
 * Returns { answer(method, url, options) → reply | null, requests, setScenario }.
 */
export function createTrustpilotApi(state) {
  const requests = [];
  let rateLimitedOnce = false;
  const firstComment = state.world.comments[0];
  const reviewId = /trustpilot\.com\/reviews\/([A-Za-z0-9]+)/.exec(firstComment?.plain_body ?? '')?.[1] ?? null;
  const consumerId = `consumer-${state.world.ticket.requester.id}`;
  const fixtureCommentIds = new Set(state.world.comments.map((comment) => comment.id));

  /** The agent's public reply sent from the workspace (the connector posts it to Trustpilot). */
  function sentReply() {
    return [...state.world.comments]
      .reverse()
      .find(
        (comment) =>
          !fixtureCommentIds.has(comment.id) && comment.public && comment.author_id === state.world.currentUser.id,
      );
  }

  function companyReply() {
    const { scenario } = state;
    if (scenario === 'replied') {
      return {
        text: 'Hi, thank you for your review. Our customer care team has contacted you by e-mail.',
        createdAt: state.world.ticket.createdAt,
      };
    }
    const sent = sentReply();
    if (!sent || scenario === 'never') return null;
    const sentAt = Date.parse(sent.created_at);
    const delay = scenario === 'reply-after' ? state.replyDelayMs : 0;
    if (Date.now() < sentAt + delay) return null;
    const text =
      scenario === 'different' ? 'Thank you for your feedback! We hope to see you again soon.' : sent.plain_body;
    return { text, createdAt: new Date(sentAt + delay).toISOString() };
  }

  function review() {
    const { ticket } = state.world;
    const original = reviewText(firstComment?.plain_body, ticket.subject);
    const edited = state.scenario === 'edited';
    return {
      id: reviewId,
      stars: edited ? Math.min(5, starsOf(ticket.tags) + 2) : starsOf(ticket.tags),
      title: ticket.subject,
      text: edited
        ? `${original}\n\nUpdate: customer service called me back and the problem is being sorted out.`
        : original,
      language: 'en',
      createdAt: ticket.createdAt,
      updatedAt: edited ? new Date().toISOString() : null,
      isVerified: true,
      consumer: { id: consumerId, displayName: ticket.requester.name, numberOfReviews: 3 },
      businessUnit: { id: '46d6a890000064000500e0c3', displayName: state.world.account.name },
      companyReply: companyReply(),
      links: [{ href: `${API_ORIGIN}/v1/reviews/${reviewId}`, method: 'GET', rel: 'self' }],
    };
  }

  function consumerReviews() {
    const { ticket } = state.world;
    return {
      reviews: [
        {
          id: reviewId,
          stars: starsOf(ticket.tags),
          title: ticket.subject,
          createdAt: ticket.createdAt,
          businessUnit: { id: '46d6a890000064000500e0c3', displayName: state.world.account.name },
          companyReply: companyReply(),
        },
        {
          id: 'a1b2c3d4e5f6a7b8c9d0e1f2',
          stars: 5,
          title: 'Quick delivery, lovely lamp',
          createdAt: '2024-11-02T10:15:00Z',
          businessUnit: { id: '46d6a890000064000500e0c3', displayName: state.world.account.name },
          companyReply: { text: 'Thank you!', createdAt: '2024-11-03T08:00:00Z' },
        },
        {
          id: 'f1e2d3c4b5a6f7e8d9c0b1a2',
          stars: 2,
          title: 'Slow refund',
          createdAt: '2024-03-18T16:40:00Z',
          businessUnit: { id: '5a1b2c3d4e5f6a7b8c9d0e1f', displayName: 'Another Shop' },
        },
      ],
      links: [],
    };
  }

  /** Answers a request to api.trustpilot.com (null for other hosts). */
  async function answer(method, url, options) {
    if (url.origin !== API_ORIGIN) return null;
    const headers = options.headers ?? {};
    const keyed = options.secure === true && headers.apikey === '{{setting.trustpilotApiKey}}';
    requests.push({
      at: Date.now(),
      method,
      path: `${url.pathname}${url.search}`,
      secure: options.secure === true,
      apikey: headers.apikey ?? null,
    });
    if (state.scenario === 'slow') await new Promise((resolve) => setTimeout(resolve, state.slowMs));
    if (!keyed || state.scenario === 'off' || state.scenario === 'unauthorized') {
      return reply(401, { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } });
    }
    if (state.scenario === 'rate-limited' && !rateLimitedOnce) {
      rateLimitedOnce = true;
      return reply(429, { message: 'Too many requests' }, { 'retry-after': String(state.retryAfter) });
    }
    if (method !== 'GET') return reply(405, { message: 'Method not allowed' });
    const reviewPath = /^\/v1\/reviews\/([A-Za-z0-9]+)$/.exec(url.pathname);
    if (reviewPath) {
      if (reviewPath[1] !== reviewId || state.scenario === 'deleted')
        return reply(404, { message: 'Review not found' });
      return reply(200, review());
    }
    if (url.pathname === `/v1/consumers/${consumerId}/reviews`) return reply(200, consumerReviews());
    return reply(404, { message: 'Not found' });
  }

  return {
    answer,
    requests,
    setScenario(next) {
      state.scenario = next;
      rateLimitedOnce = false;
    },
    get scenario() {
      return state.scenario;
    },
  };
}
