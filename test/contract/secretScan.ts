// What Zendesk's package validator (zendesk_apps_support, validations/secrets.rb) warns about
// when an app is uploaded: words that look like credentials in any text file, and patterns of
// well-known secrets. Same rules, written for JavaScript's regular expressions (in Ruby `^` always
// matches at line starts, hence the `m` flag here).

/** Words that alone raise the "possible secrets" warning (matched case-sensitively). */
export const SECRET_KEYWORDS = [
  'password',
  'secret',
  'secretToken',
  'secret_token',
  'auth_key',
  'authKey',
  'auth_pass',
  'authPass',
  'auth_user',
  'AuthUser',
  'api_key',
];

const VALUE = '[0-9a-zA-Z+_.-]{4,156}';
const ASSIGN = '( [:"=-]|[:"=-])';

/** The named secret patterns that raise an "application secret" warning. */
export const SECRET_PATTERNS: Record<string, RegExp> = {
  'Slack Token': /(xox[p|b|o|a]-*.[a-z0-9])/,
  'AWS Access Key ID': /(AKIA[0-9A-Z]{8,24})/,
  'App Key': new RegExp(`([aA][pP][pP][-_][kK][eE][yY]${ASSIGN}.*.${VALUE})`),
  'App Secret': new RegExp(`([aA][pP][pP][-_][sS][eE][cC][rR][eE][tT]${ASSIGN}.*.${VALUE})`),
  'Consumer Key': new RegExp(`([cC][oO][nN][sS][uU][mM][eE][rR][-_][kK][eE][yY]${ASSIGN}.*.${VALUE})`),
  'Generic Secret': new RegExp(`^([sS][eE][cC][rR][eE][tT]${ASSIGN}.*.${VALUE})`, 'm'),
  'Master Key': new RegExp(`([mM][aA][sS][tT][eE][rR][-_][kK][eE][yY]${ASSIGN}.*.${VALUE})`),
  'Token Key': new RegExp(`([tT][oO][kK][eE][nN][-_][kK][eE][yY]${ASSIGN}.*.${VALUE})`),
  'Token Secret': new RegExp(`([tT][oO][kK][eE][nN][-_][sS][eE][cC][rR][eE][tT]${ASSIGN}.*.${VALUE})`),
  'Private Key': new RegExp(`([pP][rR][iI][vV][aA][tT][eE][-_][kK][eE][yY]${ASSIGN}.*.${VALUE})`),
  'Private key block': /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/,
  Password: new RegExp(`([pP][aA][sS][sS][wW][oO][rR][dD].*.${VALUE})`),
  Token: new RegExp(`([tT][oO][kK][eE][nN]${ASSIGN}.*.${VALUE})`),
};

/** Each warning the validator would give for one file's text, with the matched text. */
export function secretWarnings(text: string): { rule: string; match: string }[] {
  const found: { rule: string; match: string }[] = [];
  for (const [rule, pattern] of Object.entries(SECRET_PATTERNS)) {
    const match = pattern.exec(text);
    if (match) found.push({ rule, match: match[0].slice(0, 80) });
  }
  const keyword = new RegExp(SECRET_KEYWORDS.join('|')).exec(text);
  if (keyword) {
    const start = Math.max(0, keyword.index - 40);
    found.push({ rule: 'Possible secret keyword', match: text.slice(start, keyword.index + 40) });
  }
  return found;
}
