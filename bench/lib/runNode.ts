import { spawn } from 'node:child_process';

/** Runs a compiled bench entry to completion with extra env; rejects on a non-zero exit. */
export function runNode(file: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<void> {
  const child = spawn(process.execPath, [...nodeArgs, file], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with code ${code}`))));
  });
}
