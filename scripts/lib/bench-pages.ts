/**
 * Generated pages for the page benchmark: an X-like feed that appends posts as it
 * scrolls (a few of them U.S.–Mexico claims, most not), and a 30,000-word article.
 */
const CLAIMS = [
  'Mexico and the United States trade $1.4 billion a day across the border.',
  'Seventy percent of the guns recovered and traced in Mexico came from the United States.',
  'Remittances from Mexicans in the U.S. topped 60 billion dollars last year.',
  'Las remesas que envían los mexicanos desde Estados Unidos superaron los 60 mil millones de dólares.',
  'Mexico is now the largest trading partner of the United States, ahead of Canada and China.',
  'El 70 por ciento de las armas rastreadas en México vienen de Estados Unidos.',
];
const FILLER = [
  'Just finished a 10k run and my legs are jelly.',
  'Anyone else think the new phone update drains the battery?',
  'Coffee first, then emails. That is the rule.',
  'The sunset over the bay tonight was unreal.',
  'Hoy empieza el fin de semana largo, ¿qué planes tienen?',
  'Reading a great book on the history of jazz in New Orleans.',
  'Traffic on the freeway is a nightmare again this morning.',
  'Our team shipped the release two days early. Proud of everyone.',
  'La lluvia no para en la ciudad desde el lunes.',
  'Thread: ten tips for better sourdough at home.',
];

export function feedPage(total: number, perBatch: number, everyMs: number, probe: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feed</title>
<style>body{font:15px system-ui;margin:0} main{max-width:600px;margin:0 auto} article{border-bottom:1px solid #eee;padding:12px}</style></head>
<body><main role="main"><div data-testid="primaryColumn"><section aria-label="Timeline" id="tl"></section></div></main>
<script>
const CLAIMS = ${JSON.stringify(CLAIMS)};
const FILLER = ${JSON.stringify(FILLER)};
const tl = document.getElementById('tl');
window.__bench = { inserted: new Map(), seen: new Map(), done: false, claimPosts: 0 };
let n = 0;
function post(i) {
  const claim = i % 10 === 3;
  const text = claim ? CLAIMS[i % CLAIMS.length] : FILLER[i % FILLER.length] + ' #' + i;
  const a = document.createElement('article');
  a.setAttribute('role', 'article'); a.setAttribute('data-testid', 'tweet'); a.dataset.i = i;
  const who = document.createElement('div'); who.textContent = '@user' + (i % 97); a.appendChild(who);
  const t = document.createElement('div'); t.setAttribute('data-testid', 'tweetText'); t.setAttribute('lang', /[áéíóúñ]/.test(text) ? 'es' : 'en');
  const words = text.split(' '); const mid = Math.ceil(words.length / 2);
  const s1 = document.createElement('span'); s1.textContent = words.slice(0, mid).join(' ') + ' ';
  const s2 = document.createElement('span'); s2.textContent = words.slice(mid).join(' ');
  t.append(s1, s2); a.appendChild(t);
  if (claim) { window.__bench.inserted.set(String(i), performance.now()); window.__bench.claimPosts++; }
  return a;
}
const timer = setInterval(() => {
  const frag = document.createDocumentFragment();
  for (let k = 0; k < ${perBatch} && n < ${total}; k++) frag.appendChild(post(n++));
  tl.appendChild(frag);
  window.scrollTo(0, document.body.scrollHeight);
  if (n >= ${total}) { clearInterval(timer); window.__bench.done = true; }
}, ${everyMs});
${
  probe
    ? `// Latency probe: when does each claim post first appear in the highlight registry?
function probe() {
  const h = CSS.highlights.get('puente-claim');
  if (h) for (const r of h) {
    const el = r.startContainer.parentElement && r.startContainer.parentElement.closest('article');
    const i = el && el.dataset.i;
    if (i && !window.__bench.seen.has(i)) window.__bench.seen.set(i, performance.now());
  }
  requestAnimationFrame(probe);
}
requestAnimationFrame(probe);`
    : ''
}
</script></body></html>`;
}

export function articlePage(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++, i++) sentences.push(i % 40 === 7 ? CLAIMS[i % CLAIMS.length]! : FILLER[i % FILLER.length]!);
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    paragraphs.push(`<p>${p}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read</title>
<style>body{font:17px Georgia;margin:0} article{max-width:700px;margin:0 auto}</style></head>
<body><header><nav><a href="#">Home</a></nav></header><main><article><h1>A very long read</h1>${paragraphs.join('\n')}</article></main></body></html>`;
}
