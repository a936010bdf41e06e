import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CASES, loadCases, runCase } from './corpus.js';

const only = process.argv.slice(2);
for (const c of loadCases().filter((c) => only.length === 0 || only.includes(c.slug))) {
  const path = join(CASES, c.slug, 'case.yaml');
  const doc = parseDocument(readFileSync(path, 'utf8'));
  let changed = false;
  for (const lang of ['en', 'zh'] as const) {
    const r = await runCase(c, lang);
    const notesPath = join(r.out, 'notes.csv');
    const notes = c.exit === 0 && existsSync(notesPath) ? readFileSync(notesPath, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean) : [];
    r.cleanup();
    if (c.exit === 0 && r.stderr !== '') console.log(`!!! ${c.slug} ${lang} stderr: ${r.stderr}`);
    const got = c.exit === 1 ? r.stderr : r.stdout.split('\n').slice(0, 2).join('\n') + '\n';
    if (c.exit === 0 && lang === 'en' && notes.length > 0) doc.set('notes', notes.join('\n') + '\n');
    if ((c.exit === 1 || c[lang].trim() === 'x') && got !== c[lang]) { doc.set(lang, got); changed = true; console.log(`--- ${c.slug} ${lang}\n${c[lang]}+++\n${got}`); }
  }
  if (changed) writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
