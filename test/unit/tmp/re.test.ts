import { it } from 'vitest';
import { VOCABULARY as v } from '../../../src/domain/proofread/vocabulary';
it('re', () => {
  for (const N of [5000, 10000, 20000]) {
    const s = '★'.repeat(N);
    for (const [k, re] of Object.entries(v)) {
      if (!(re instanceof RegExp)) continue;
      const t0 = performance.now(); re.lastIndex = 0; re.test(s); re.lastIndex = 0; re.test(s); const ms = performance.now() - t0;
      if (ms > 5) console.log(N, k, ms.toFixed(1), re.source.length);
    }
  }
});
