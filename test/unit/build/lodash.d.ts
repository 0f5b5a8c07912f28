// The originals the production bundle replaces, typed for comparing against them.
declare module 'lodash.get' {
  export default function get(
    object: unknown,
    path: string | readonly (string | number)[],
    fallback?: unknown,
  ): unknown;
}
declare module 'lodash.memoize' {
  export default function memoize<F extends (...args: never[]) => unknown>(
    fn: F,
    resolver?: (...args: Parameters<F>) => unknown,
  ): F;
}
