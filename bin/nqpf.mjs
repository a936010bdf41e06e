#!/usr/bin/env node
// The CLI runs from compiled JavaScript (npm ci builds dist/ through `prepare`): start-up stays small.
import { main } from '../dist/cli/main.js';

// A closed pipe (`nqpf methods | head`) ends the program quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
