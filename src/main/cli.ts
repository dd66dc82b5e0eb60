#!/usr/bin/env node
// The CLI entry: `npm run cli -- <command>`. Commands live in ./cli/.
import { main } from './cli/program';

void main(process.argv).then((code) => process.exit(code));
