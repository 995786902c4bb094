import { readFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';

const token = process.env.CODECOV_TOKEN;
if (!token) throw new Error('CODECOV_TOKEN is not set');
const report = await readFile(process.argv[2] ?? 'coverage/lcov.info', 'utf8');
const commit = execSync('git rev-parse HEAD').toString().trim();
const res = await fetch(`https://codecov.io/upload/v2?commit=${commit}&token=${token}`, { method: 'POST', body: report });
console.log('codecov:', res.status);
