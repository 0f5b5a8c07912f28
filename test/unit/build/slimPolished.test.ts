import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as original from 'polished';
import { describe, expect, it } from 'vitest';
import * as slim from '../../../scripts/slim/polished';

// The production bundle replaces polished with scripts/slim/polished.ts: every function Garden
// imports must give polished's result (or throw where polished throws) for what Garden passes.

const root = join(__dirname, '../../..');
const gardenDir = join(root, 'node_modules/@zendeskgarden');

/** Garden's ES module sources, read as text. */
const gardenSources = (): string[] => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push(readFileSync(path, 'utf8'));
    }
  };
  for (const pkg of readdirSync(gardenDir)) {
    const esm = join(gardenDir, pkg, 'dist/esm');
    try {
      walk(esm);
    } catch {
      // a Garden package without an ES module build imports nothing from polished
    }
  }
  return files;
};
const sources = gardenSources();

type Outcome = { value: unknown } | { threw: true };
const outcome = (run: () => unknown): Outcome => {
  try {
    return { value: run() };
  } catch {
    return { threw: true };
  }
};
const same = (slimRun: () => unknown, originalRun: () => unknown): void => {
  expect(outcome(slimRun)).toEqual(outcome(originalRun));
};

describe('the slim polished', () => {
  it('exports every function Garden imports from polished', () => {
    const imported = new Set(
      sources.flatMap((code) =>
        [...code.matchAll(/import \{([^}]*)\} from ['"]polished['"]/g)].flatMap(([, names = '']) =>
          names.split(',').map((name) => name.trim().split(/\s+as\s+/)[0] ?? ''),
        ),
      ),
    );
    expect([...imported].sort()).toEqual([
      'darken',
      'em',
      'getContrast',
      'getValueAndUnit',
      'hideVisually',
      'lighten',
      'math',
      'readableColor',
      'rgba',
      'stripUnit',
    ]);
    for (const name of imported) expect(typeof (slim as Record<string, unknown>)[name], name).toBe('function');
  });
});

describe('the slim math', () => {
  // Every formula Garden writes, with its `${…}` parts filled with the kinds of values themes give.
  const templates = [
    ...new Set(
      sources.flatMap((code) => [...code.matchAll(/\bmath\(`([^`]*)`\)/g)].map(([, formula = '']) => formula)),
    ),
  ];
  const fillings = ['4', '1px', '14px', '20px', '40px', '0.5', '1.5em', '2rem', '12', '3px', '1.25'];

  it('finds Garden’s formulas', () => {
    expect(templates.length).toBeGreaterThan(20);
  });

  it('evaluates every Garden formula as polished does', () => {
    let compared = 0;
    for (const template of templates) {
      const parts = template.split(/\$\{[^}]*\}/);
      for (const [index, filling] of fillings.entries()) {
        // one value everywhere, and a rotation of the values (mixed units throw in both)
        for (const pick of [() => filling, (at: number) => fillings[(index + at) % fillings.length] ?? '']) {
          const formula = parts.reduce((text, part, at) => (at === 0 ? part : `${text}${pick(at)}${part}`), '');
          same(
            () => slim.math(formula),
            () => original.math(formula),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('gives polished’s results for the formulas Garden’s default theme produces', () => {
    for (const formula of [
      '40px - (1px * 2)',
      '4px * 6',
      '14px - 1',
      '(20px - 16px) / 2',
      '12px - 1px',
      '6 / (14px - 1px)',
      '4 * -1px',
      '(16px * 2) + 20px',
      '(12px - 20px) / 2 + 3px',
      '-2px',
      '--3px',
      '+4px',
    ]) {
      expect(slim.math(formula)).toBe(original.math(formula));
    }
  });

  const number = fc.oneof(
    fc.nat({ max: 200 }).map(String),
    fc.tuple(fc.nat({ max: 99 }), fc.stringMatching(/^\d{1,3}$/)).map(([whole, fraction]) => `${whole}.${fraction}`),
  );
  const space = fc.constantFrom('', ' ', '  ');
  const formula = (unit: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(number, unit).map(([value, suffix]) => value + suffix),
        fc
          .tuple(tie('expr'), space, fc.constantFrom('+', '-', '*', '/'), space, tie('expr'))
          .map((parts) => parts.join('')),
        tie('expr').map((inner) => `(${inner})`),
        fc.tuple(fc.constantFrom('-', '+'), tie('expr')).map(([sign, inner]) => sign + inner),
      ),
    })).expr;

  it('evaluates generated formulas in one unit as polished does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('px', 'em', 'rem', '%', 'vh', 'deg', 's').chain((unit) => formula(fc.constantFrom('', unit))),
        (text) => {
          same(
            () => slim.math(text),
            () => original.math(text),
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('rejects what polished rejects: mixed units, broken syntax, stray characters', () => {
    fc.assert(
      fc.property(formula(fc.constantFrom('', 'px', 'em', 'rem')), (text) => {
        same(
          () => slim.math(text),
          () => original.math(text),
        );
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9 .()+\-*/pxem%]{0,14}$/), (text) => {
        same(
          () => slim.math(text),
          () => original.math(text),
        );
      }),
      { numRuns: 600 },
    );
  });
});

describe('the slim length helpers', () => {
  const length = fc.oneof(
    fc
      .tuple(
        fc.oneof(fc.integer({ min: -50, max: 100 }).map(String), fc.constantFrom('.5', '1.25', '-0.75', '+3')),
        fc.constantFrom('', 'px', 'em', 'rem', '%', 'vh', 'PX'),
      )
      .map(([value, unit]) => value + unit),
    fc.string({ maxLength: 6 }),
  );

  it('stripUnit, getValueAndUnit and em answer as polished does', () => {
    fc.assert(
      fc.property(
        fc.oneof(length, fc.integer({ min: -40, max: 40 })),
        fc.oneof(length, fc.integer({ min: 1, max: 30 })),
        (value, base) => {
          same(
            () => slim.stripUnit(value),
            () => original.stripUnit(value),
          );
          same(
            () => slim.getValueAndUnit(value),
            () => original.getValueAndUnit(value),
          );
          same(
            () => slim.em(value, base),
            () => original.em(value, base),
          );
          same(
            () => slim.em(value),
            () => original.em(value),
          );
        },
      ),
      { numRuns: 500 },
    );
    for (const [value, base] of [
      ['4px', '14px'],
      ['8px', '12px'],
      ['3px', '16px'],
      [6, '14px'],
      ['10px', undefined],
    ] as const) {
      expect(slim.em(value, base)).toBe(original.em(value, base));
    }
  });

  it('hideVisually gives the same styles', () => {
    expect(slim.hideVisually()).toEqual(original.hideVisually());
  });
});

describe('the slim colour functions', () => {
  // Every colour polished can name, and every hex, rgb() and hsl() colour written in Garden.
  const names = [
    ...readFileSync(join(root, 'node_modules/polished/lib/internalHelpers/_nameToHex.js'), 'utf8').matchAll(
      /^\s+(\w+): '[0-9a-f]+'/gm,
    ),
  ].map(([, name = '']) => name);
  const gardenColours = [
    ...new Set(sources.flatMap((code) => code.match(/#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^()'"`$]*\)/g) ?? [])),
  ];

  const byte = fc.integer({ min: 0, max: 255 });
  const hexDigits = (length: number) =>
    fc
      .array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: length, maxLength: length })
      .map((digits) => `#${digits.join('')}`);
  const alpha = fc.constantFrom('0', '0.5', '.25', '1', '0.999', '50%', '75', '1.0', '+0.3', '-0.2');
  const comma = fc.constantFrom(',', ', ', ' , ', ' ');
  const generatedColour = fc.oneof(
    hexDigits(3),
    hexDigits(4),
    hexDigits(6),
    hexDigits(8),
    fc.tuple(byte, byte, byte, comma).map(([r, g, b, sep]) => `rgb(${r}${sep}${g}${sep}${b})`),
    fc
      .tuple(byte, byte, byte, alpha, fc.constantFrom(',', ' / '))
      .map(([r, g, b, a, sep]) => `rgba(${r},${g},${b}${sep}${a})`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 720 }),
        fc.constantFrom('', 'deg', '.5'),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
      )
      .map(([h, unit, s, l]) => `hsl(${h}${unit}, ${s}%, ${l}%)`),
    fc
      .tuple(
        fc.integer({ min: 0, max: 360 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        alpha,
      )
      .map(([h, s, l, a]) => `hsla(${h},${s}%,${l}%,${a})`),
    fc.constantFrom(...names).map((name) => (name.length % 2 ? name.toUpperCase() : name)),
    fc.constantFrom('transparent', '#12', 'rgb(1,2)', 'hsl(10, 200%, 50%)', 'rgb(300, 0, 0)', 'nope-colour', ''),
  );

  const compareColour = (colour: string): void => {
    for (const a of [0, 0.08, 0.5, 1])
      same(
        () => slim.rgba(colour, a),
        () => original.rgba(colour, a),
      );
    for (const amount of [0, 0.05, 0.1, 0.2, 0.5, 1, '0.15']) {
      same(
        () => slim.darken(amount, colour),
        () => original.darken(amount, colour),
      );
      same(
        () => slim.lighten(amount, colour),
        () => original.lighten(amount, colour),
      );
    }
    same(
      () => slim.getContrast('#FFF', colour),
      () => original.getContrast('#FFF', colour),
    );
    same(
      () => slim.getContrast(colour, '#1f73b7'),
      () => original.getContrast(colour, '#1f73b7'),
    );
    same(
      () => slim.readableColor(colour),
      () => original.readableColor(colour),
    );
    same(
      () => slim.readableColor(colour, '#2f3941', '#f8f9f9'),
      () => original.readableColor(colour, '#2f3941', '#f8f9f9'),
    );
    same(
      () => slim.readableColor(colour, '#c2c8cc', '#68737d', false),
      () => original.readableColor(colour, '#c2c8cc', '#68737d', false),
    );
  };

  it('reads every colour name polished knows', () => {
    expect(names.length).toBeGreaterThan(140);
    for (const name of names) {
      compareColour(name);
      compareColour(name.toUpperCase());
    }
  });

  it('treats every colour Garden writes as polished does', () => {
    expect(gardenColours.length).toBeGreaterThan(100);
    for (const colour of gardenColours) compareColour(colour);
  });

  it('treats generated hex, rgb(a), hsl(a) and named colours as polished does', () => {
    fc.assert(
      fc.property(generatedColour, (colour) => {
        compareColour(colour);
      }),
      { numRuns: 800 },
    );
  });

  it('writes opaque results as short or long hex and translucent ones as rgba()', () => {
    expect(slim.darken(0.1, '#1f73b7')).toBe(original.darken(0.1, '#1f73b7'));
    expect(slim.lighten(0.2, 'rgba(31, 115, 183, 0.5)')).toMatch(/^rgba\(\d+,\d+,\d+,0\.5\)$/);
    expect(slim.lighten(1, '#333')).toBe('#fff');
    expect(slim.rgba('#fff', 0.2)).toBe('rgba(255,255,255,0.2)');
    expect(slim.darken(0.1, 'transparent')).toBe('transparent');
    expect(() => slim.rgba('transparent', 0.5)).toThrow();
  });
});
