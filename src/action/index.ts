/** The GitHub Action's entry (dist/action.js): runs the Action. Its code is in main.ts, importable without running. */
import { run } from './main.js';

await run();
