// The html report's stylesheet and script, inlined into the page so that it
// is one file a CI job can keep as an artifact. The script only sorts and
// filters what the page already shows.

export const HTML_STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f7; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ddd; padding: .6em 1.2em; z-index: 1; }
h1 { font-size: 1.3em; margin: 0 0 .2em; }
#controls { display: flex; gap: 1.2em; align-items: center; flex-wrap: wrap; }
main { padding: 1em 1.2em; display: grid; gap: 1em; }
.draft { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .8em 1em; }
.draft h2 { font-size: 1.05em; margin: 0; word-break: break-all; }
.title { font-weight: normal; }
.score b { font-size: 1.1em; }
.grade-A b, .grade-B b { color: #1a7f37; } .grade-C b { color: #9a6700; } .grade-D b, .grade-F b { color: #cf222e; }
.parts { list-style: none; display: flex; gap: 1em; padding: 0; margin: .3em 0; }
.parts .has { color: #1a7f37; } .parts .lacks { color: #cf222e; }
pre.text { white-space: pre-wrap; word-break: break-word; background: #fafafa; border: 1px solid #eee; padding: .6em; font: inherit; }
mark { background: #fff3b0; border-bottom: 2px solid #d4a72c; }
mark.dim { background: none; border: none; }
.findings { padding-left: 1.4em; }
.finding.error .severity { color: #cf222e; } .finding.warning .severity { color: #9a6700; }
.where { font-variant-numeric: tabular-nums; color: #666; }
.rule { color: #666; }
.suggestion { margin: .1em 0 .4em; color: #0a5dab; }
[hidden] { display: none !important; }
`;

export const HTML_SCRIPT = `
(() => {
  const main = document.getElementById('drafts');
  const drafts = Array.from(main.querySelectorAll('section.draft'));
  const sort = document.getElementById('sort');
  const rule = document.getElementById('rule');
  const shown = document.getElementById('shown');
  const key = (d, name) => Number(d.dataset[name]);
  function order() {
    const by = sort.value;
    const sorted = drafts.slice().sort((a, b) =>
      by === 'score-asc' ? key(a, 'score') - key(b, 'score') || key(a, 'index') - key(b, 'index')
      : by === 'score-desc' ? key(b, 'score') - key(a, 'score') || key(a, 'index') - key(b, 'index')
      : key(a, 'index') - key(b, 'index'));
    for (const d of sorted) main.appendChild(d);
  }
  function filter() {
    const id = rule.value;
    let count = 0;
    for (const d of drafts) {
      const has = !id || d.dataset.rules.split(' ').includes(id);
      d.hidden = !has;
      if (has) count++;
      for (const f of d.querySelectorAll('li.finding')) f.hidden = Boolean(id) && f.dataset.rule !== id;
      for (const m of d.querySelectorAll('mark')) m.classList.toggle('dim', Boolean(id) && !m.dataset.rules.split(' ').includes(id));
    }
    shown.textContent = count + ' of ' + drafts.length + ' drafts shown';
  }
  sort.addEventListener('change', order);
  rule.addEventListener('change', filter);
  order();
  filter();
})();
`;
