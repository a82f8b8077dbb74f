/** The page frame every portal page shares: toolbar, masthead, navigation, breadcrumbs, footer. */
import { html, keepScript, type Html } from './html.ts';
import { href, toggleHref, type Prefs } from './prefs.ts';
import { PORTAL_CSS_VERSION } from './styles.ts';
import { stripMarkers, toTraditional } from './traditional.ts';

export const SITE = '云阳县人民政府';
export const SITE_SECTION = '政务公开';

/** What a page knows about the request it answers. */
export interface PageContext {
  readonly prefs: Prefs;
  /** The page's own path (for the display switches). */
  readonly path: string;
  /** Query parameters of this page other than the display choices (kept by the switches). */
  readonly params: readonly [string, string][];
  /** Demo mode: a 演示环境 banner on every page. */
  readonly demo: boolean;
}

export type Section = 'home' | 'rules' | 'decisions' | 'deadline' | 'consultations' | 'normative' | 'major-decisions';

export interface Crumb {
  readonly label: string;
  /** Absent on the current page. */
  readonly path?: string;
}

export interface PageSpec {
  readonly title: string;
  readonly section?: Section | undefined;
  /** After 首页; the last one is the current page. */
  readonly crumbs: readonly Crumb[];
  readonly main: Html;
}

const NAV: readonly { section: Section; label: string; path: string }[] = [
  { section: 'home', label: '首页', path: '/portal/' },
  { section: 'rules', label: '县政府工作规则', path: '/portal/rules' },
  { section: 'decisions', label: '会议决定公开', path: '/portal/decisions' },
  { section: 'normative', label: '规范性文件', path: '/portal/normative' },
  { section: 'deadline', label: '期限计算', path: '/portal/deadline' },
  { section: 'consultations', label: '征求意见', path: '/portal/consultations' },
  { section: 'major-decisions', label: '重大行政决策', path: '/portal/major-decisions' },
];

function toolbar(ctx: PageContext): Html {
  const { prefs } = ctx;
  const elder = toggleHref(ctx.path, prefs, ctx.params, 'elder');
  const script = toggleHref(ctx.path, prefs, ctx.params, 'hant');
  return html`<nav class="toolbar" aria-label="浏览辅助">
  <div class="wrap">
    <p class="state">当前：${prefs.elder ? '大字模式（适老化）' : '标准模式'} · ${prefs.hant ? '繁体中文' : '简体中文'}</p>
    <ul>
      <li><a href="${elder}">${prefs.elder ? '退出大字模式' : '大字模式（适老化）'}</a></li>
      <li>${prefs.hant ? html`<a href="${script}" lang="zh-CN">${keepScript('切换到简体中文')}</a>` : html`<a href="${script}" lang="zh-Hant">繁體中文</a>`}</li>
    </ul>
  </div>
</nav>`;
}

function mainNav(ctx: PageContext, section: Section | undefined): Html {
  return html`<nav class="mainnav" aria-label="主导航"><div class="wrap"><ul>${NAV.map(
    (n) => html`<li><a href="${href(n.path, ctx.prefs)}"${n.section === section ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
  )}</ul></div></nav>`;
}

function crumbs(ctx: PageContext, list: readonly Crumb[]): Html {
  const all: readonly Crumb[] = list.length === 0 ? [{ label: '首页' }] : [{ label: '首页', path: '/portal/' }, ...list];
  return html`<nav class="crumbs" aria-label="当前位置"><ol>${all.map((c) =>
    c.path === undefined ? html`<li aria-current="page">${c.label}</li>` : html`<li><a href="${href(c.path, ctx.prefs)}">${c.label}</a></li>`,
  )}</ol></nav>`;
}

/** The whole document, converted to Traditional characters when the reader asked for them. */
export function renderPage(ctx: PageContext, spec: PageSpec): string {
  const { prefs } = ctx;
  const title = spec.section === 'home' ? `${SITE} ${SITE_SECTION}` : `${spec.title} - ${SITE} ${SITE_SECTION}`;
  const page = html`<!doctype html>
<html lang="${prefs.hant ? 'zh-Hant' : 'zh-CN'}"${prefs.elder ? html` class="elder"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/portal/assets/portal.css?v=${PORTAL_CSS_VERSION}">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header>
${ctx.demo ? html`<p class="demo"><strong>演示环境</strong>：本站内容仅供演示，不是正式发布的政务信息。</p>` : ''}
${toolbar(ctx)}
<div class="masthead"><div class="wrap">
  <p class="site-name"><a href="${href('/portal/', prefs)}">${SITE}</a></p>
  <p class="site-sub">${SITE_SECTION}</p>
</div></div>
${mainNav(ctx, spec.section)}
</header>
<div class="wrap">${crumbs(ctx, spec.crumbs)}</div>
<main id="main" tabindex="-1"><div class="wrap">
${spec.main}
</div></main>
<footer><div class="wrap">
  <p>主办：${SITE}</p>
  <p>本站支持 IPv6 访问，提供适老化大字模式和繁体中文浏览，无需 JavaScript 即可使用。</p>
</div></footer>
</body>
</html>
`.value;
  return prefs.hant ? toTraditional(page) : stripMarkers(page);
}
