import fs from 'node:fs';
import { queryFromName } from './queryFromName';
import type { QueryTrace } from './QueryTrace';

/**
 * `node dist/bench/floor/freezeTracesMain.js IN OUT`: the traces of IN with each statement's text written in
 * (as this build's cypher/ files give it), so a later build replays this build's statements unchanged
 * (statementTimesMain compares an old statement with a new one this way).
 */
const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: freezeTracesMain IN OUT');
const traces = JSON.parse(fs.readFileSync(input, 'utf8')) as QueryTrace[];
const frozen = traces.map((t) => ({ ...t, waves: t.waves.map((wave) => wave.map((q) => ({ ...q, text: q.text ?? queryFromName(q.name).text }))) }));
fs.writeFileSync(output, JSON.stringify(frozen, null, 1));
