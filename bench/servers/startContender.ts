import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export interface Contender {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs one compiled contender entry (`dist/bench/servers/<entry>.js`) as a child process and waits
 * for its `{"ready":true,"url":...}` line. Its stderr is passed through so failures are visible.
 * Every contender runs with NODE_ENV=production in its environment (unless the caller's `env` says
 * otherwise), as `npm start` sets it (src/main.ts): graphql-js picks its mode from that variable when
 * it loads, so our server and @neo4j/graphql (which loads the same graphql-js) both run production-mode
 * graphql-js, and neither pays its development checks.
 */
export function startContender(name: string, entry: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Contender> {
  const file = path.join(__dirname, `${entry}.js`);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, file], { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} was not ready within 60 s`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      resolve({
        name,
        url,
        pid: child.pid!,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}
