/**
 * The `npm start` entry (`node dist/src/main.js`). Our config reads an unset NODE_ENV as production
 * (src/config/loadConfig.ts), but graphql-js decides its own mode from `process.env.NODE_ENV` once,
 * when it is first loaded: unset, it runs its development checks (`instanceOf` reads the constructor name of every value that
 * is not an instance, on every type check of execution). So the default is written into the environment here,
 * before anything loads graphql-js, and only then is the server module imported. An explicit
 * NODE_ENV (development, test) is left as it is.
 */
process.env.NODE_ENV ??= 'production';

import('./serve.js')
  .then(({ serve }) => serve())
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
