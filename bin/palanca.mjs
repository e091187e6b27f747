#!/usr/bin/env node
// The `palanca` command: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
