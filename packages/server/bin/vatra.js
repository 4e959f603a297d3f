#!/usr/bin/env node
// The `vatra` command (npx vatra …): the compiled CLI.
import '../dist/cli.js';
