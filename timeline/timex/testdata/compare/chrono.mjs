// chrono.mjs runs chrono-node (casual English parser, default options) over
// every sentence of factline's timex test tables and prints what it found as
// TSV on stdout, for the Go program in this folder to score. It does no
// scoring itself, so that every library is scored by the same code.
//
// Usage: node chrono.mjs [tables...] > chrono.tsv
// (default tables: ../news.tsv ../news-fixes.tsv ../news-heldout.tsv)
//
// Output columns: table, id, start byte, end byte, text, start, start-known,
// end, end-known. start/end are the wall-clock components chrono reports
// (YYYY-MM-DDTHH:MM, "-" when chrono gives no end); *-known lists the
// components chrono marks as certain (y m d h i for minute), the others are
// implied. The last lines are "#node<TAB>version" and
// "#speed<TAB>bytes<TAB>seconds<TAB>MB/s": chrono
// timed over the same sentences repeated until at least 5 MB were parsed.
process.env.TZ = 'UTC';

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import * as chrono from 'chrono-node';

const tables = process.argv.length > 2 ? process.argv.slice(2)
  : ['../news.tsv', '../news-fixes.tsv', '../news-heldout.tsv'];

/** Reads the rows (table, id, dct, sentence) of one test table. */
function readTable(file) {
  const rows = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('id\t')) continue;
    const f = line.split('\t');
    const [y, m, d] = f[1].split('-').map(Number);
    rows.push({ table: basename(file), id: f[0], ref: new Date(Date.UTC(y, m - 1, d, 12)), sentence: f[2] });
  }
  return rows;
}

/** Formats chrono's parsed components as YYYY-MM-DDTHH:MM. */
function stamp(c) {
  const p = (n, w) => String(n).padStart(w, '0');
  return `${p(c.get('year'), 4)}-${p(c.get('month'), 2)}-${p(c.get('day'), 2)}T${p(c.get('hour'), 2)}:${p(c.get('minute'), 2)}`;
}

/** Lists the components chrono is certain of. */
function known(c) {
  return [['year', 'y'], ['month', 'm'], ['day', 'd'], ['hour', 'h'], ['minute', 'i']]
    .filter(([k]) => c.isCertain(k)).map(([, s]) => s).join('') || '-';
}

const rows = tables.flatMap(readTable);
const out = [];
for (const r of rows) {
  for (const res of chrono.parse(r.sentence, { instant: r.ref, timezone: 'UTC' })) {
    // chrono's index counts UTF-16 units; the Go side counts bytes.
    const start = Buffer.byteLength(r.sentence.slice(0, res.index));
    const end = start + Buffer.byteLength(res.text);
    out.push([r.table, r.id, start, end, res.text, stamp(res.start), known(res.start),
      res.end ? stamp(res.end) : '-', res.end ? known(res.end) : '-'].join('\t'));
  }
}

// Speed: the same calls, repeated until at least 5 MB of sentences were parsed.
const target = 5e6;
let bytes = 0;
const t0 = process.hrtime.bigint();
while (bytes < target) {
  for (const r of rows) {
    chrono.parse(r.sentence, { instant: r.ref, timezone: 'UTC' });
    bytes += Buffer.byteLength(r.sentence);
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
out.push(['#node', process.version].join('\t'));
out.push(['#speed', bytes, secs.toFixed(3), (bytes / 1e6 / secs).toFixed(3)].join('\t'));
process.stdout.write(out.join('\n') + '\n');
