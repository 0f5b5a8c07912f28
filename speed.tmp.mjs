import { runnerImport } from 'vite';
const root = process.cwd();
const { module } = await runnerImport(root + '/test/bench/reviewParse.ts', { root, configFile: false, logLevel: 'error' });
for (let k = 0; k < 3; k++) console.log(module.measureReviewParse());
