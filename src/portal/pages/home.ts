import { formatChineseDate } from '../../core/kernel/time.ts';
import { toChineseNumeral } from '../../core/law/numerals.ts';
import { listArticles } from '../../services/law/law-catalogue.ts';
import { html } from '../html.ts';
import { renderPage, type PageContext } from '../layout.ts';
import { href } from '../prefs.ts';

/** /portal/: what the portal offers today (the rules, published decisions and normative documents, consultations, the calculator), and what later modules will publish here. */
export function homePage(ctx: PageContext): string {
  const { pack, chapters, articles } = listArticles();
  const { prefs } = ctx;
  const main = html`<h1>政务公开</h1>
<p class="lead">欢迎访问云阳县人民政府政务公开栏目。本栏目公开县政府工作规则全文、县政府会议决定事项、规范性文件和重大行政决策，提供办事期限计算服务，并就规范性文件和重大行政决策草案公开征求意见。</p>
<div class="cards">
  <section class="card" aria-labelledby="card-rules">
    <h2 id="card-rules"><a href="${href('/portal/rules', prefs)}">《${pack.title}》</a></h2>
    <p>${pack.promulgatedBy}，自${formatChineseDate(pack.effectiveFrom)}起施行。共${toChineseNumeral(chapters.length)}章${toChineseNumeral(articles.length)}条，可按章节浏览全文。</p>
  </section>
  <section class="card" aria-labelledby="card-decisions">
    <h2 id="card-decisions"><a href="${href('/portal/decisions', prefs)}">会议决定公开</a></h2>
    <p>县政府全体会议和常务会议等会议讨论决定的事项，除依法需要保密的外，纪要签发后及时公布（第三十条）。</p>
  </section>
  <section class="card" aria-labelledby="card-normative">
    <h2 id="card-normative"><a href="${href('/portal/normative', prefs)}">规范性文件</a></h2>
    <p>县政府及县政府办公室制定的行政规范性文件，经公布方可施行（第二十一条），标明现行有效、已修改、已废止或已失效。</p>
  </section>
  <section class="card" aria-labelledby="card-major-decisions">
    <h2 id="card-major-decisions"><a href="${href('/portal/major-decisions', prefs)}">重大行政决策</a></h2>
    <p>经县委同意的年度重大行政决策事项目录（第二十三条），以及经县政府常务会议或全体会议讨论决定后公布的重大行政决策。</p>
  </section>
  <section class="card" aria-labelledby="card-deadline">
    <h2 id="card-deadline"><a href="${href('/portal/deadline', prefs)}">期限计算</a></h2>
    <p>输入起算日和期间，按国家法定节假日安排计算期间届满日，并逐日列出计算过程。</p>
  </section>
  <section class="card" aria-labelledby="card-consultations">
    <h2 id="card-consultations"><a href="${href('/portal/consultations', prefs)}">征求意见</a></h2>
    <p>规范性文件、重大行政决策草案公开征求意见：阅读征求意见稿和起草说明，在截止时间前提出意见，查看意见采纳情况。</p>
  </section>
</div>
<section aria-labelledby="later">
  <h2 id="later">后续公开内容</h2>
  <p>依申请公开等内容将随相关工作上线后在此公开。目前本栏目尚未发布上述内容。</p>
</section>`;
  return renderPage(ctx, { title: '首页', section: 'home', crumbs: [], main });
}
