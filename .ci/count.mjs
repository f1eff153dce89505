// Prints one plain "N passed, N failed" line summed over every Vitest project.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`No Vitest JSON report at ${file}: ${error.message}`);
  process.exit(1);
}
const byProject = new Map();
for (const fileResult of report.testResults ?? []) {
  for (const test of fileResult.assertionResults ?? []) {
    // Vitest names browser projects "name (chromium)"; the unit project has no suffix.
    const project = fileResult.name.includes('.stories.') ? 'storybook'
      : fileResult.name.includes('.browser.test.') ? 'browser'
      : fileResult.name.includes('.e2e.test.') ? 'e2e' : 'unit';
    const counts = byProject.get(project) ?? { passed: 0, failed: 0 };
    if (test.status === 'passed') counts.passed += 1;
    else if (test.status === 'failed') counts.failed += 1;
    byProject.set(project, counts);
  }
}
for (const [project, counts] of byProject) console.log(`  ${project}: ${counts.passed} passed, ${counts.failed} failed`);
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
