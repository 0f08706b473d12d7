#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { data, info } from './catalog.js';
import { run } from './cli';

// The process around `run`: arguments, standard input (only when something is piped in), colour on a terminal
// unless NO_COLOR is set (https://no-color.org), and the exit status. Any crash becomes one line, never a trace.
const color = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
const stdin = () => (process.stdin.isTTY ? undefined : new Uint8Array(readFileSync(0)));
try {
  process.exitCode = run(process.argv.slice(2), data, info, {
    stdin,
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    color,
  });
} catch (e) {
  process.stderr.write(`speech-errors: could not explain this input (${(e as Error).message}). Please report it.\n`);
  process.exitCode = 2;
}
