// `polished` for the production bundle: the ten functions Garden imports from it, with polished's
// results and output format (hex for opaque colours, `rgba(r,g,b,a)` otherwise, `${number}${unit}`
// for lengths) for every way Garden calls them, and a throw wherever polished throws for those
// calls. Leaves out what Garden never uses: `min()`, `max()` and `,` in formulas (rejected here),
// the curried one-argument forms of darken/lighten, and rgba's numeric and object forms. Colour
// names are read with color2k, which Garden already ships, instead of polished's table (a word
// that is not a colour name may read as a colour there rather than throw).
import { parseToRgba } from 'color2k';

const fail = (input: unknown): never => {
  throw new Error(`polished cannot read ${String(input)}`);
};

/* ---------- lengths ---------- */

const cssRegex = /^([+-]?(?:\d+|\d*\.\d+))([a-z]*|%)$/;

export function stripUnit(value: string | number): string | number {
  return typeof value === 'string' && cssRegex.test(value) ? parseFloat(value) : value;
}

export function getValueAndUnit(value: string | number): [string | number, string | undefined] {
  if (typeof value !== 'string') return [value, ''];
  const matched = cssRegex.exec(value);
  return matched ? [parseFloat(value), matched[2]] : [value, undefined];
}

const pixels = (value: string | number): number => {
  if (typeof value === 'string' && value.slice(-2) !== 'px') fail(value);
  const stripped = stripUnit(value);
  return typeof stripped === 'string' ? fail(value) : stripped;
};

export function em(value: string | number, base: string | number = '16px'): string {
  return `${pixels(value) / pixels(base)}em`;
}

export function hideVisually() {
  return {
    border: '0',
    clip: 'rect(0 0 0 0)',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    padding: '0',
    position: 'absolute',
    whiteSpace: 'nowrap',
    width: '1px',
  };
}

// polished finds CSS units by matching this against the reversed formula; kept as is so the same
// units are recognised (and a mix of units rejected) as polished does.
const unitRegExp =
  /((?!\w)a|na|hc|mc|dg|me[r]?|xe|ni(?![a-zA-Z])|mm|cp|tp|xp|q(?!s)|hv|xamv|nimv|wv|sm|s(?!\D|$)|ged|darg?|nrut)/g;

const reverse = (text: string): string => [...text].reverse().join('');

/** Reads `+ - * /`, parentheses and signs with polished's precedence (* and / above signs above + and -). */
function calculate(formula: string): number {
  const tokens = formula.match(/\d+(?:\.\d+)?|\S/g) ?? [];
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const operand = (): number => {
    const token = tokens[at++];
    // A sign binds looser than * and /, as in polished: `-2 * 0` is -(2 * 0).
    if (token === '-') return -product();
    if (token === '+') return product();
    if (token === '(') {
      const value = sum();
      if (tokens[at++] !== ')') fail(formula);
      return value;
    }
    return token !== undefined && /^\d/.test(token) ? +token : fail(formula);
  };
  const product = (): number => {
    let value = operand();
    for (let op = peek(); op === '*' || op === '/'; op = peek()) {
      at++;
      const next = operand();
      value = op === '*' ? value * next : value / next;
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      at++;
      const next = product();
      value = op === '+' ? value + next : value - next;
    }
    return value;
  };
  const value = sum();
  return at === tokens.length ? value : fail(formula);
}

export function math(formula: string): string {
  const reversed = reverse(formula);
  const units = reversed.match(unitRegExp);
  if (units && !units.every((unit) => unit === units[0])) fail(formula);
  return `${calculate(reverse(reversed.replace(unitRegExp, '')))}${units ? reverse(units[0] ?? '') : ''}`;
}

/* ---------- colours ---------- */

const hexRegex = /^#[a-fA-F0-9]{6}$/;
const hexRgbaRegex = /^#[a-fA-F0-9]{8}$/;
const reducedHexRegex = /^#[a-fA-F0-9]{3}$/;
const reducedRgbaHexRegex = /^#[a-fA-F0-9]{4}$/;
const rgbRegex = /^rgb\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*\)$/i;
const rgbaRegex =
  /^rgb(?:a)?\(\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,)?\s*(\d{1,3})\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i;
const hslRegex =
  /^hsl\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*\)$/i;
const hslaRegex =
  /^hsl(?:a)?\(\s*(\d{0,3}[.]?[0-9]+(?:deg)?)\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,)?\s*(\d{1,3}[.]?[0-9]?)%\s*(?:,|\/)\s*([-+]?\d*[.]?\d+[%]?)\s*\)$/i;

const readAlpha = (text: string): number => (parseFloat(text) > 1 ? parseFloat(text) / 100 : parseFloat(text));

/** polished's `hslToRgb`: the channels as fractions of 255. */
function hslToRgb(hue: number, saturation: number, lightness: number): number[] {
  if (saturation === 0) return [lightness, lightness, lightness];
  const huePrime = (((hue % 360) + 360) % 360) / 60;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const second = chroma * (1 - Math.abs((huePrime % 2) - 1));
  const shift = lightness - chroma / 2;
  // Which channel gets the chroma, the second component or nothing, sector by sector (0–5).
  const sector = Math.floor(huePrime);
  const pick = (slots: string): number => shift + ([chroma, second, 0][Number(slots[sector] ?? 2)] ?? 0);
  return [pick('012210'), pick('100122'), pick('221001')];
}

const toInts = (channels: number[]): number[] => channels.map((channel) => Math.round(channel * 255));

/** polished's `parseToRgb`, as `[red, green, blue]` or `[red, green, blue, alpha]`. */
function parseToRgb(color: string): number[] {
  if (typeof color !== 'string') fail(color);
  let hex = color;
  if (/^[a-z]+$/i.test(color) && color.toLowerCase() !== 'transparent') {
    // A CSS colour name: color2k knows the same names polished does.
    return parseToRgba(color).slice(0, 3);
  }
  if (reducedHexRegex.test(hex) || reducedRgbaHexRegex.test(hex)) hex = hex.replace(/\w/g, '$&$&');
  if (hexRegex.test(hex) || hexRgbaRegex.test(hex)) {
    const channels = [1, 3, 5, 7].map((at) => parseInt(hex.slice(at, at + 2), 16));
    return hex.length > 7
      ? [...channels.slice(0, 3), parseFloat(((channels[3] ?? 0) / 255).toFixed(2))]
      : channels.slice(0, 3);
  }
  const rgbMatched = rgbRegex.exec(color) ?? rgbaRegex.exec(color.substring(0, 50));
  const hslMatched = hslRegex.exec(color) ?? hslaRegex.exec(color.substring(0, 50));
  const matched = rgbMatched ?? hslMatched ?? fail(color);
  let channels = [1, 2, 3].map((index) => parseInt(matched[index] ?? '', 10));
  if (!rgbMatched) {
    const [hue = 0, saturation = 0, lightness = 0] = channels;
    // polished writes the channels as `rgb(…)` and reads that back, which only takes 0–999.
    channels = parseToRgb(`rgb(${toInts(hslToRgb(hue, saturation / 100, lightness / 100)).join(',')})`);
  }
  return matched[4] === undefined ? channels : [...channels, readAlpha(matched[4])];
}

/** polished's `rgbToHsl`, as `[hue, saturation, lightness]` with the alpha, if any, after them. */
function rgbToHsl([r = 0, g = 0, b = 0, ...alpha]: number[]): number[] {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (!delta) return [0, 0, lightness, ...alpha];
  const saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const hue =
    max === red
      ? (green - blue) / delta + (green < blue ? 6 : 0)
      : max === green
        ? (blue - red) / delta + 2
        : (red - green) / delta + 4;
  return [hue * 60, saturation, lightness, ...alpha];
}

const toHex = (channels: number[]): string => {
  const hex = `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  return hex[1] === hex[2] && hex[3] === hex[4] && hex[5] === hex[6] ? `#${hex[1]}${hex[3]}${hex[5]}` : hex;
};

export function rgba(color: string, alpha: number): string {
  if (typeof alpha !== 'number') fail(color);
  return `rgba(${parseToRgb(color).slice(0, 3).join(',')},${alpha})`;
}

/** darken/lighten: the colour with its HSL lightness moved by `amount`, written as polished does. */
function shiftLightness(amount: number | string, color: string, sign: number): string {
  if (color === 'transparent') return color;
  const [hue = 0, saturation = 0, lightness = 0, alpha] = rgbToHsl(parseToRgb(color));
  const channels = toInts(
    hslToRgb(hue, saturation, Math.max(0, Math.min(1, lightness + sign * parseFloat(`${amount}`)))),
  );
  // Hex when opaque, `rgba(…)` otherwise.
  return alpha !== undefined && !(alpha >= 1) ? `rgba(${channels.join(',')},${alpha})` : toHex(channels);
}

export const darken = (amount: number | string, color: string): string => shiftLightness(amount, color, -1);
export const lighten = (amount: number | string, color: string): string => shiftLightness(amount, color, 1);

function getLuminance(color: string): number {
  if (color === 'transparent') return 0;
  const [r = 0, g = 0, b = 0] = parseToRgb(color).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  });
  return parseFloat((0.2126 * r + 0.7152 * g + 0.0722 * b).toFixed(3));
}

export function getContrast(color1: string, color2: string): number {
  const [luminance1, luminance2] = [getLuminance(color1), getLuminance(color2)];
  return parseFloat(((Math.max(luminance1, luminance2) + 0.05) / (Math.min(luminance1, luminance2) + 0.05)).toFixed(2));
}

export function readableColor(
  color: string,
  returnIfLightColor = '#000',
  returnIfDarkColor = '#fff',
  strict = true,
): string {
  const isLight = getLuminance(color) > 0.179;
  const preferred = isLight ? returnIfLightColor : returnIfDarkColor;
  return !strict || getContrast(color, preferred) >= 4.5 ? preferred : isLight ? '#000' : '#fff';
}
