import { html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

/** The 404 page; `detail` says what was not found when the portal knows. */
export function notFoundPage(ctx: PageContext, detail?: string): string {
  const main = html`<h1>页面未找到</h1>
<p class="lead">${detail ?? '您访问的页面不存在，可能是地址有误或页面已被移除。'}</p>
<p>您可以：</p>
<ul class="plain">
  <li><a href="${href('/portal/', ctx.prefs)}">返回政务公开首页</a></li>
  <li><a href="${href('/portal/rules', ctx.prefs)}">浏览《云阳县人民政府工作规则》目录</a></li>
  <li><a href="${href('/portal/deadline', ctx.prefs)}">使用期限计算</a></li>
</ul>`;
  return renderPage(ctx, { title: '页面未找到', crumbs: [{ label: '页面未找到' }], main });
}

/** The page shown when the portal itself failed (the error is logged, not shown). */
export function errorPage(ctx: PageContext): string {
  const main = html`<h1>系统暂时无法处理您的请求</h1>
<p class="lead">请稍后再试。如问题持续存在，请与网站管理部门联系。</p>
<p><a href="${href('/portal/', ctx.prefs)}">返回政务公开首页</a></p>`;
  return renderPage(ctx, { title: '系统错误', crumbs: [{ label: '系统错误' }], main });
}
