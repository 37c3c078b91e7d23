/**
 * Builds the app and serves it with `vite preview` for the end-to-end tests, so they run
 * against what users get (and under the preview server's headers).
 */
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Built as users get it: vitest sets NODE_ENV to 'test', under which Vite would make a test
  // build (import.meta.env.PROD false: the catalogue would parse its data on every load).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  // E2E_PORT: another port than the configured 4173, for when that one is taken (say, by a
  // preview someone left running). The configured headers still apply.
  const port = process.env['E2E_PORT'];
  const server = await preview({
    logLevel: 'warn',
    ...(port ? { preview: { port: Number(port) } } : {}),
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
