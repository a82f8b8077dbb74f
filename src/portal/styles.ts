/** The portal's one stylesheet, served from /portal/assets/portal.css (no external resources). */
import { createHash } from 'node:crypto';

export const PORTAL_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; color: #1a1a1a; background: #f4f4f2; line-height: 1.75; font-size: 1.0625rem;
  font-family: "PingFang SC", "PingFang TC", "Microsoft YaHei", "Microsoft JhengHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
a { color: #0b4a99; text-decoration: underline; text-underline-offset: 0.18em; }
a:hover { color: #06305f; }
:focus-visible { outline: 3px solid #0b4a99; outline-offset: 2px; box-shadow: 0 0 0 5px #fff; }
.wrap { width: 100%; max-width: 68rem; margin: 0 auto; padding: 0 1.25rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 0.5rem; top: -10rem; z-index: 10; padding: 0.6rem 1rem; background: #fff; color: #0b4a99; border: 2px solid #0b4a99; font-weight: bold; }
.skip:focus { top: 0.5rem; }
.demo { margin: 0; background: #fff4ce; color: #4a3500; border-bottom: 1px solid #d9c27a; text-align: center; padding: 0.35rem 1rem; font-size: 0.9375rem; }
.toolbar { background: #ecebe8; border-bottom: 1px solid #d6d4cf; font-size: 0.9375rem; }
.toolbar .wrap { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1.5rem; padding-top: 0.3rem; padding-bottom: 0.3rem; }
.toolbar ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.toolbar a { color: #1a1a1a; display: inline-block; padding: 0.2rem 0; }
.toolbar .state { color: #444; margin: 0; }
.masthead { background: #9f1c20; color: #fff; border-bottom: 4px solid #c9a24a; }
.masthead .wrap { padding-top: 1.4rem; padding-bottom: 1.3rem; }
.site-name { margin: 0; font-size: 2rem; font-weight: bold; letter-spacing: 0.12em; line-height: 1.3; }
.site-name a { color: #fff; text-decoration: none; }
.site-name a:focus-visible { outline-color: #fff; box-shadow: 0 0 0 5px #9f1c20; }
.site-sub { margin: 0.2rem 0 0; font-size: 1.125rem; letter-spacing: 0.3em; }
.mainnav { background: #fff; border-bottom: 1px solid #d6d4cf; }
.mainnav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.mainnav a { display: block; padding: 0.7rem 1.3rem; color: #1a1a1a; text-decoration: none; font-weight: bold; border-bottom: 3px solid transparent; }
.mainnav a:hover { text-decoration: underline; }
.mainnav a[aria-current="page"] { color: #9f1c20; border-bottom-color: #9f1c20; }
.crumbs ol { list-style: none; margin: 0; padding: 0.9rem 0 0.2rem; display: flex; flex-wrap: wrap; font-size: 0.9375rem; color: #444; }
.crumbs li + li::before { content: "›"; padding: 0 0.5rem; color: #666; }
main { display: block; flex: 1 0 auto; padding-bottom: 2.5rem; }
main:focus, main:focus-visible { outline: none; box-shadow: none; }
.panel { background: #fff; border: 1px solid #dcdad5; padding: 1.5rem 1.75rem; margin: 1rem 0; }
.panel > :first-child, .note > :first-child { margin-top: 0; }
.panel > :last-child, .note > :last-child { margin-bottom: 0; }
h1 { font-size: 1.75rem; line-height: 1.4; margin: 0.6rem 0 1rem; color: #111; }
h2 { font-size: 1.3rem; line-height: 1.4; margin: 1.6rem 0 0.6rem; color: #111; border-left: 4px solid #9f1c20; padding-left: 0.6rem; }
h3 { font-size: 1.125rem; margin: 1.2rem 0 0.4rem; }
.lead { font-size: 1.125rem; }
.meta { color: #444; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 1rem 0; }
.card { background: #fff; border: 1px solid #dcdad5; border-top: 3px solid #9f1c20; padding: 1.2rem 1.4rem; }
.card h2 { border: 0; padding: 0; margin-top: 0; }
.note { background: #f7f7f5; border-left: 4px solid #8a8a8a; padding: 0.8rem 1rem; margin: 1rem 0; }
.toc { list-style: none; margin: 0; padding: 0; }
.toc li { padding: 0.45rem 0; border-bottom: 1px dashed #d6d4cf; }
.toc .excerpt { color: #444; }
.article-text p { text-indent: 2em; margin: 0 0 0.9rem; font-size: 1.125rem; }
.pager { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 1rem; margin-top: 1.5rem; padding-top: 1rem; border-top: 1px solid #dcdad5; }
form .field { margin: 0 0 1.2rem; }
label, legend { display: block; font-weight: bold; margin-bottom: 0.3rem; }
fieldset { border: 0; margin: 0 0 1.2rem; padding: 0; }
fieldset label { display: inline-flex; align-items: center; gap: 0.35rem; font-weight: normal; margin-right: 1.5rem; }
.hint { color: #444; margin: 0 0 0.35rem; font-size: 0.9375rem; }
input[type="date"], input[type="number"], select { font: inherit; padding: 0.45rem 0.6rem; border: 2px solid #555; border-radius: 2px; min-width: 12rem; background: #fff; color: #111; }
input[type="radio"] { width: 1.15rem; height: 1.15rem; accent-color: #0b4a99; }
input[aria-invalid="true"] { border-color: #b00020; }
.field-error { color: #b00020; font-weight: bold; margin: 0 0 0.35rem; }
.error-summary { border: 3px solid #b00020; padding: 1rem 1.25rem; margin: 0 0 1.5rem; background: #fff; }
.error-summary h2 { border: 0; padding: 0; margin: 0 0 0.4rem; color: #b00020; }
.error-summary a { color: #b00020; font-weight: bold; }
button { font: inherit; font-weight: bold; padding: 0.55rem 1.6rem; background: #0b4a99; color: #fff; border: 2px solid #0b4a99; border-radius: 2px; cursor: pointer; }
button:hover { background: #06305f; }
.result { border: 2px solid #0b4a99; }
.due { font-size: 1.6rem; font-weight: bold; color: #111; margin: 0.2rem 0 0.6rem; }
.warn { border: 2px solid #8a5a00; background: #fff8e5; color: #3d2800; padding: 0.8rem 1rem; margin: 1rem 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0.5rem 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: #fff; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: 0.4rem 0; }
th, td { border: 1px solid #c9c7c2; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #ecebe8; }
tbody th { font-weight: normal; white-space: nowrap; }
tr.counted { background: #eef4fb; }
tr.counted td.count { font-weight: bold; color: #0b3d7a; }
tr.skipped td.count { color: #444; }
ul.plain { padding-left: 1.2rem; }
.field-row { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.filters h2 { margin-top: 0; }
.decision h2 { margin-top: 0; }
.decision td:first-child, .decision th:first-child { width: 4em; }
.decision td:last-child, .decision th:last-child { width: 11em; }
footer { background: #2b2b2b; color: #f0f0f0; font-size: 0.9375rem; }
footer .wrap { padding-top: 1.4rem; padding-bottom: 1.6rem; }
footer p { margin: 0.2rem 0; }
footer a { color: #fff; }
footer a:focus-visible { outline-color: #fff; box-shadow: 0 0 0 5px #2b2b2b; }

/* 征求意见: the draft's text, the comment form, states, the honeypot (never shown). */
input[type="text"], textarea { font: inherit; padding: 0.45rem 0.6rem; border: 2px solid #555; border-radius: 2px; background: #fff; color: #111; width: 100%; max-width: 40rem; }
textarea { min-height: 12rem; resize: vertical; line-height: 1.6; }
textarea[aria-invalid="true"], input[type="text"][aria-invalid="true"] { border-color: #b00020; }
.hp { display: none; }
.doc-text p { text-indent: 2em; margin: 0 0 0.8rem; }
ul.list { list-style: none; padding: 0; margin: 0; }
li.consultation { background: #fff; border: 1px solid #dcdad5; border-left: 4px solid #9f1c20; padding: 0.9rem 1.2rem; margin: 0 0 0.8rem; }
li.consultation h3 { margin: 0 0 0.3rem; }
li.consultation p { margin: 0.2rem 0; }
.state { display: inline-block; padding: 0 0.5rem; border: 1px solid currentColor; border-radius: 2px; font-weight: bold; }
.state-open { color: #0b5a1f; }
.state-closed { color: #444; }
.state-feedback-published { color: #0b3d7a; }

/* 适老化大字模式: larger type, larger line height, higher contrast, larger targets. */
html.elder { font-size: 137.5%; }
html.elder body { color: #000; background: #fff; line-height: 1.9; font-size: 1rem; }
html.elder a { color: #0033a0; text-decoration-thickness: 2px; }
html.elder .site-name a, html.elder footer a { color: #fff; }
html.elder .error-summary a { color: #b00020; }
html.elder .toolbar, html.elder .mainnav { background: #fff; border-bottom: 2px solid #000; }
html.elder .toolbar a, html.elder .toolbar .state, html.elder .mainnav a, html.elder h1, html.elder h2, html.elder .meta, html.elder .hint, html.elder .toc .excerpt, html.elder .crumbs ol { color: #000; }
html.elder .masthead { background: #7d0f12; }
html.elder .panel, html.elder .card { border: 2px solid #000; }
html.elder :focus-visible { outline: 4px solid #000; outline-offset: 3px; box-shadow: 0 0 0 7px #ffdd00; }
html.elder .site-name a:focus-visible, html.elder footer a:focus-visible { outline-color: #ffdd00; }
html.elder input[type="date"], html.elder input[type="number"], html.elder select { border-color: #000; }
html.elder input[type="date"], html.elder input[type="number"], html.elder input[type="text"], html.elder textarea { border-color: #000; }
html.elder li.consultation { border: 2px solid #000; border-left-width: 6px; }
html.elder input[type="radio"] { width: 1.4rem; height: 1.4rem; }
html.elder footer { background: #000; color: #fff; }
html.elder .article-text p { font-size: 1.1rem; }

@media (max-width: 40rem) {
  .site-name { font-size: 1.5rem; letter-spacing: 0.05em; }
  .panel { padding: 1rem; }
  dl.facts { grid-template-columns: 1fr; }
}
@media print {
  .toolbar, .mainnav, .skip, footer { display: none; }
  .masthead { background: #fff; color: #000; }
}
`;

/** Content hash, used as the stylesheet's version in its address (so it can be cached for long). */
export const PORTAL_CSS_VERSION = createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 12);
