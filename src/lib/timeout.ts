/** What `withTimeout` resolves with when the promise did not settle in time. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * The promise's value, or `TIMED_OUT` when it has not settled within `ms`; a rejection passes
 * through. The timer is always cleared. The one timeout of the app: callers decide what a time-out means.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
