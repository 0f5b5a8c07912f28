// `lodash.get` for the production bundle: Garden reads theme values by dotted paths
// ('background.default', 'palette.blue.600'). Same results for dotted and bracketed paths and
// key arrays, without lodash's 9 kB path parser.
type Key = string | number | symbol;

const toKeys = (path: Key | readonly Key[]): Key[] => {
  if (Array.isArray(path)) return [...(path as readonly Key[])];
  if (typeof path !== 'string') return [path as Key];
  const keys: string[] = [];
  path.replace(
    /[^.[\]]+|\[(?:"([^"]*)"|'([^']*)'|([^\]]*))\]/g,
    (match, double?: string, single?: string, bare?: string) => {
      keys.push(double ?? single ?? bare ?? match);
      return match;
    },
  );
  return keys;
};

export default function get(object: unknown, path: Key | readonly Key[], fallback?: unknown): unknown {
  if (object !== null && typeof object === 'object' && typeof path === 'string' && path in object) {
    return (object as Record<string, unknown>)[path] ?? fallback;
  }
  let node: unknown = object;
  for (const key of toKeys(path)) {
    if (node === null || node === undefined) return fallback;
    node = (node as Record<Key, unknown>)[key];
  }
  return node === undefined ? fallback : node;
}
