// Peer wrapper: Mozilla Readability.js on jsdom, following the extractor CLI contract
// (per-page: FILE --url URL --json; batch: --batch PAGES.tsv --out DIR).
// Charset detection mirrors the reference wrappers: BOM, <meta> prescan of 4 KiB, strict UTF-8, windows-1252.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(process.env.PEERS_DIR ? path.join(process.env.PEERS_DIR, 'x.js') : import.meta.url);
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function decode(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (m) {
    let label = m[1].toLowerCase();
    if (label.startsWith('utf-16')) label = 'utf-8';
    try { return new TextDecoder(label).decode(buf); } catch { /* unknown label: fall through */ }
  }
  try { return new TextDecoder('utf-8', { fatal: true }).decode(buf); } catch { return new TextDecoder('windows-1252').decode(buf); }
}

function extract(file, url) {
  const html = decode(fs.readFileSync(file));
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url, virtualConsole });
  let art = null;
  try { art = new Readability(dom.window.document).parse(); } finally { dom.window.close(); }
  if (!art) return { title: '', text: '', byline: null, published: null, lang: null };
  return {
    title: art.title || '',
    text: (art.textContent || '').trim(),
    byline: art.byline || null,
    published: art.publishedTime || null,
    lang: art.lang || null,
  };
}

const args = process.argv.slice(2);
if (args[0] === '--batch') {
  const pages = args[1];
  const out = args[args.indexOf('--out') + 1];
  const lines = fs.readFileSync(pages, 'utf8').split('\n').slice(1).filter(l => l.trim());
  for (const line of lines) {
    const [id, html, url] = line.split('\t');
    let obj;
    try { obj = extract(html, url); } catch (e) { process.stderr.write(`${id}: ${e}\n`); obj = { title: '', text: '' }; }
    fs.writeFileSync(path.join(out, id + '.json'), JSON.stringify(obj));
  }
} else {
  const file = args[0];
  const url = args[args.indexOf('--url') + 1];
  process.stdout.write(JSON.stringify(extract(file, url)));
}
