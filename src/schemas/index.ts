/** Every content schema, for Astro's content config and the CLI alike. */
export * from './common.ts';
export * from './metrics.ts';
export * from './provider.ts';
export * from './service.ts';
export * from './activity.ts';
export * from './framework.ts';
export * from './client.ts';
export * from './regulatory.ts';
export * from './policy.ts';
export * from './runbook.ts';
export * from './report.ts';
export * from './due-diligence.ts';
export * from './evidence.ts';
