#!/usr/bin/env node
// The `tandem` command as npm scripts run it: check the Node version first (in plain
// JavaScript, which any Node can parse), then load the TypeScript command line.
import { requireNode } from './node-check.mjs';

requireNode();
// Astro asks to collect usage data on first run; the project's commands never send it.
if (!process.env.ASTRO_TELEMETRY_DISABLED) process.env.ASTRO_TELEMETRY_DISABLED = '1';
await import('./tandem.ts');
