// The API report of every package entry (api/<entry>.api.md), made by API Extractor from the
// built .d.ts files, so any change to what the package exports is a visible diff.
//   node scripts/api-report.mjs          rewrite the reports (after `npm run build`)
//   node scripts/api-report.mjs --check  fail when a report differs from the build (CI)
import { resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const check = process.argv.includes('--check');
const entries = ['index', 'core', 'mock', 'tencent'];
const selfContained = new Set(['index', 'core']);
let failed = false;

for (const entry of entries) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: resolve('.'),
      mainEntryPointFilePath: resolve(`dist/${entry}.d.ts`),
      compiler: { tsconfigFilePath: resolve('tsconfig.build.json') },
      apiReport: { enabled: true, reportFileName: `${entry}.api.md`, reportFolder: resolve('api'), reportTempFolder: resolve('dist/api-temp') },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        // Release tags (@public, @beta) are not used: everything an entry exports is public.
        extractorMessageReporting: {
          'ae-missing-release-tag': { logLevel: 'none' },
          // Undocumented members show in the report as "(undocumented)", where a review sees them.
          'ae-undocumented': { logLevel: 'none' },
          // The UI entries name every type their signatures use; the adapters' entries speak the
          // core's types, which apps import from react-read-receipts/core.
          'ae-forgotten-export': { logLevel: selfContained.has(entry) ? 'error' : 'none' },
          default: { logLevel: 'warning' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
        compilerMessageReporting: { default: { logLevel: 'warning' } },
      },
    },
    configObjectFullPath: resolve('api', `${entry}.json`),
    packageJsonFullPath: resolve('package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false });
  if (!result.succeeded || (check && result.apiReportChanged)) {
    failed = true;
    console.error(`api-report: ${entry} ${result.apiReportChanged ? 'differs from api/' + entry + '.api.md: run npm run api and commit it' : 'failed'}`);
  }
}
if (failed) process.exit(1);
console.log(`api-report: ${check ? 'every entry matches its report' : 'reports written to api/'} (${entries.join(', ')})`);
