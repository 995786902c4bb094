// `npm start`: compile the catalog into dist/bundle.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(['build', ...process.argv.slice(2)]);
