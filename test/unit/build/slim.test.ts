import lodashGet from 'lodash.get';
import lodashMemoize from 'lodash.memoize';
import { describe, expect, it, vi } from 'vitest';
import get from '../../../scripts/slim/lodashGet';
import memoize from '../../../scripts/slim/lodashMemoize';
import PropTypes from '../../../scripts/slim/propTypes';
import { escapeValidatorWords } from '../../../scripts/vitePlugins';

// The production bundle replaces lodash.get, lodash.memoize and prop-types with these: they must
// answer as the originals do for the way Garden calls them.

const theme = {
  colors: { primaryHue: 'blue', base: 'light', variables: { light: { background: { default: 'grey.100' } } } },
  palette: { blue: { 600: '#1f73b7' }, 'kale.700': 'flat' },
  list: [{ name: 'first' }],
  'dotted.key': 'whole',
  empty: null,
};

describe('the slim lodash.get', () => {
  it.each([
    'colors.primaryHue',
    'colors.variables.light.background.default',
    'palette.blue.600',
    'palette.blue[600]',
    'list[0].name',
    "list[0]['name']",
    'dotted.key',
    'colors.missing.deeper',
    'empty.anything',
    'colors',
  ])('reads %s as lodash does', (path) => {
    expect(get(theme, path)).toEqual(lodashGet(theme, path));
    expect(get(theme, path, 'fallback')).toEqual(lodashGet(theme, path, 'fallback'));
  });

  it('reads key arrays and tolerates a missing object', () => {
    expect(get(theme, ['palette', 'blue', 600])).toBe('#1f73b7');
    expect(get(undefined, 'a.b', 'x')).toBe(lodashGet(undefined, 'a.b', 'x'));
    expect(get(null, 'a')).toBe(lodashGet(null, 'a'));
  });
});

describe('the slim lodash.memoize', () => {
  it('caches by the first argument, or by what the resolver returns', () => {
    const work = vi.fn((a: number, b: number) => a + b);
    const byFirst = memoize(work);
    const original = lodashMemoize((a: number, b: number) => a + b);
    expect(byFirst(1, 2)).toBe(original(1, 2));
    expect(byFirst(1, 5)).toBe(original(1, 5));
    expect(work).toHaveBeenCalledTimes(1);
    const byBoth = memoize(work, (a: number, b: number) => `${a}/${b}`);
    expect(byBoth(1, 5)).toBe(6);
    expect(byBoth.cache.get('1/5')).toBe(6);
  });
});

describe('the slim prop-types', () => {
  it('offers chainable validators that check nothing', () => {
    expect(PropTypes.oneOf(['a']).isRequired()).toBeNull();
    expect(PropTypes.string.isRequired.isRequired()).toBeNull();
    expect(PropTypes.shape({})()).toBeNull();
  });
});

describe('escapeValidatorWords', () => {
  it('writes the words Zendesk takes for credentials with an escape JavaScript reads back', () => {
    const source =
      'const words = ["password", "Password"]; const o = { password: 1, token: "x", secret: 2 }; o.password;';
    const escaped = escapeValidatorWords(source);
    expect(escaped).not.toMatch(/[pP][aA][sS][sS][wW][oO][rR][dD]|secret|token:/);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = (code: string): unknown => (new Function(`${code} return [words, o, o.password];`) as () => unknown)();
    expect(run(escaped)).toEqual(run(source));
  });
});
