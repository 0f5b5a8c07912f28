// `lodash.memoize` for the production bundle: the cache key is the resolver's result or the first
// argument, the cache is a Map exposed as `.cache` — lodash's behaviour, without its MapCache.
type Fn = (...args: never[]) => unknown;

export default function memoize<F extends Fn>(fn: F, resolver?: (...args: Parameters<F>) => unknown) {
  const cache = new Map<unknown, ReturnType<F>>();
  const memoized = function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    const key = resolver ? resolver.apply(this, args) : args[0];
    if (cache.has(key)) return cache.get(key) as ReturnType<F>;
    const result = fn.apply(this, args) as ReturnType<F>;
    cache.set(key, result);
    return result;
  };
  return Object.assign(memoized, { cache });
}
memoize.Cache = Map;
