import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../support/harness.ts';

interface Page {
  readonly status: number;
  readonly type: string;
  readonly body: string;
  readonly headers: Record<string, unknown>;
}

/** Every href in a page, `&amp;` decoded. */
function hrefs(body: string): string[] {
  return [...body.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
}

void describe('public portal (in-process)', () => {
  let h: Harness;
  const get = async (url: string, headers: Record<string, string> = {}): Promise<Page> => {
    const r = await h.app.inject({ method: 'GET', url, headers });
    return { status: r.statusCode, type: String(r.headers['content-type'] ?? ''), body: r.body, headers: r.headers };
  };

  before(async () => {
    h = await startHarness('sqlite');
  });
  after(() => h.close());

  test('every page answers 200 with an HTML5 document, one h1, landmarks, skip link and breadcrumbs', async () => {
    for (const url of ['/portal/', '/portal/rules', '/portal/rules/1', '/portal/rules/71', '/portal/decisions', '/portal/deadline']) {
      const p = await get(url);
      assert.equal(p.status, 200, url);
      assert.match(p.type, /^text\/html; charset=utf-8/, url);
      assert.match(p.body, /^<!doctype html>\n<html lang="zh-CN">/, url);
      assert.equal(p.body.match(/<h1[\s>]/g)?.length, 1, `${url}: one h1`);
      for (const mark of ['<header>', '<main id="main"', '<footer>', 'aria-label="主导航"', 'aria-label="当前位置"', '<a class="skip" href="#main">跳到主要内容</a>']) {
        assert.ok(p.body.includes(mark), `${url}: ${mark}`);
      }
      assert.ok(p.body.includes('大字模式（适老化）') && p.body.includes('繁體中文'), `${url}: toolbar`);
      assert.ok(p.body.includes('主办：云阳县人民政府') && p.body.includes('IPv6'), `${url}: footer`);
    }
  });

  test('portal responses carry the security headers', async () => {
    const p = await get('/portal/');
    assert.match(String(p.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(p.headers['content-security-policy']), /script-src 'none'/);
    assert.equal(p.headers['x-content-type-options'], 'nosniff');
    assert.ok(p.headers['referrer-policy']);
    const css = await get('/portal/assets/portal.css');
    assert.equal(css.status, 200);
    assert.match(css.type, /^text\/css/);
    assert.equal(css.headers['x-content-type-options'], 'nosniff');
  });

  test('the stylesheet is versioned in its address and cached for long', async () => {
    const home = await get('/portal/');
    const link = /href="(\/portal\/assets\/portal\.css\?v=[0-9a-f]+)"/.exec(home.body)?.[1];
    assert.ok(link);
    const css = await get(link);
    assert.match(String(css.headers['cache-control']), /max-age=31536000/);
    const again = await get(link, { 'if-none-match': String(css.headers['etag']) });
    assert.equal(again.status, 304);
  });

  test('home links to the Working Rules and the calculator and promises no fake content', async () => {
    const p = await get('/portal/');
    const links = hrefs(p.body);
    assert.ok(links.includes('/portal/rules'));
    assert.ok(links.includes('/portal/deadline'));
    assert.ok(p.body.includes('云阳县人民政府'));
    assert.ok(p.body.includes('政务公开'));
    assert.ok(p.body.includes('云阳府发〔2025〕11号'));
    assert.ok(p.body.includes('尚未发布'));
  });

  test('art. 30: 会议决定公开 is in the navigation; with nothing published it says so; its filter is a GET form that keeps the display choices', async () => {
    const home = await get('/portal/');
    assert.ok(hrefs(home.body).includes('/portal/decisions'));
    const p = await get('/portal/decisions?mode=elder');
    assert.equal(p.status, 200);
    assert.ok(p.body.includes('尚未公布会议决定。'));
    assert.ok(p.body.includes('第三十条'));
    assert.ok(p.body.includes('<form method="get" action="/portal/decisions"'));
    assert.ok(p.body.includes('<input type="hidden" name="mode" value="elder">'));
    assert.ok(p.body.includes('<label for="kind">会议类别</label>'));
    const filtered = await get('/portal/decisions?year=2025&kind=executive');
    assert.ok(filtered.body.includes('没有符合条件的会议决定。'));
    assert.ok(filtered.body.includes('<option value="executive" selected>'));
    const odd = await get('/portal/decisions?year=%3Cb%3E&kind=%22x');
    assert.equal(odd.status, 200);
    assert.ok(!odd.body.includes('<b>') && odd.body.includes('尚未公布会议决定。'), 'an unknown filter is ignored');
  });

  test('/portal redirects to /portal/ keeping the query', async () => {
    const p = await get('/portal?mode=elder');
    assert.equal(p.status, 301);
    assert.equal(p.headers['location'], '/portal/?mode=elder');
  });

  test('the rules page lists every chapter and article, and the restorations', async () => {
    const p = await get('/portal/rules');
    assert.ok(p.body.includes('《云阳县人民政府工作规则》'));
    assert.ok(p.body.includes('自2025年10月26日起施行'));
    assert.ok(p.body.includes('第一章 总则'));
    assert.ok(p.body.includes('第十三章 附则'));
    for (let n = 1; n <= 71; n++) assert.ok(hrefs(p.body).includes(`/portal/rules/${n}`), `article ${n}`);
    assert.ok(p.body.includes('公布文本作“云阳府发〔202026号”，本站读作“云阳府发〔2020〕26号”'));
    assert.ok(p.body.includes('章名在公布网页上缺失'));
  });

  test('article 20 shows its text, chapter and neighbours', async () => {
    const p = await get('/portal/rules/20');
    assert.ok(p.body.includes('<h1>第二十条</h1>'));
    assert.ok(p.body.includes('合法性审查'));
    assert.ok(p.body.includes('一般不少于7个工作日'));
    assert.ok(p.body.includes('第四章 坚持依法行政'));
    assert.ok(hrefs(p.body).includes('/portal/rules/19'));
    assert.ok(hrefs(p.body).includes('/portal/rules/21'));
    assert.ok(p.body.includes('<title>第二十条 - '));
  });

  test('an article with a restored text shows the restoration', async () => {
    const p = await get('/portal/rules/45');
    assert.ok(p.body.includes('文本补正说明'));
    assert.ok(p.body.includes('一般每年召开1—2次'));
    const first = await get('/portal/rules/1');
    assert.ok(first.body.includes('已是第一条'));
    assert.ok(first.body.includes('章名在公布网页上缺失'));
  });

  test('an unknown article is a Chinese 404 page', async () => {
    for (const url of ['/portal/rules/99', '/portal/rules/0', '/portal/rules/abc', '/portal/no-such-page']) {
      const p = await get(url);
      assert.equal(p.status, 404, url);
      assert.match(p.type, /^text\/html/, url);
      assert.ok(p.body.includes('<h1>页面未找到</h1>'), url);
    }
    assert.ok((await get('/portal/rules/99')).body.includes('没有第99条'));
  });

  test('the calculator: empty form, then 7 working days from 2025-09-26 end on 2025-10-13', async () => {
    const empty = await get('/portal/deadline');
    assert.equal(empty.status, 200);
    assert.ok(empty.body.includes('<form method="get" action="/portal/deadline"'));
    assert.ok(empty.body.includes('<label for="start">起算日</label>'));
    assert.ok(empty.body.includes('type="date"'));
    assert.ok(!empty.body.includes('id="result-h"'));

    const p = await get('/portal/deadline?start=2025-09-26&period=7&unit=workday');
    assert.equal(p.status, 200);
    assert.ok(p.body.includes('2025年10月13日（星期一）24时截止'));
    assert.ok(p.body.includes('自2025年9月26日起算（当日不计），7个工作日，至2025年10月13日届满'));
    assert.ok(p.body.includes('<th scope="col">日期</th>'));
    assert.equal(p.body.match(/<tr class="counted">/g)?.length, 7);
    assert.ok(p.body.includes('计入（第7个工作日）'));
    assert.ok(p.body.includes('调休上班日计为工作日'));
    assert.ok(p.body.includes('《民法典》第二百零一条、第二百零三条第二款'), 'the counting rules, with 款 for the Civil Code');
    assert.ok(!p.body.includes('暂定：'));
    assert.ok(p.body.includes('value="2025-09-26"'), 'the form keeps the input');
  });

  test('the calculator marks a date in a year without holiday data as provisional', async () => {
    const p = await get('/portal/deadline?start=2026-12-20&period=20&unit=workday');
    assert.equal(p.status, 200);
    assert.ok(p.body.includes('暂定：'));
    assert.ok(p.body.includes('2027年的节假日安排尚未载入'));
  });

  test('bad input re-renders the form with field messages, aria-invalid and status 400', async () => {
    const p = await get('/portal/deadline?start=2025-02-30&period=0&unit=workday');
    assert.equal(p.status, 400);
    assert.match(p.type, /^text\/html/);
    assert.ok(p.body.includes('请更正以下内容'));
    assert.ok(p.body.includes('id="start-error"'));
    assert.ok(p.body.includes('起算日应为真实存在的日期'));
    assert.ok(p.body.includes('期间至少为 1'));
    assert.match(p.body, /id="start"[^>]*aria-describedby="start-hint start-error"[^>]*aria-invalid="true"/);
    assert.match(p.body, /id="period"[^>]*aria-invalid="true"/);
    assert.ok(!p.body.includes('id="result-h"'));

    const missing = await get('/portal/deadline?start=&period=&unit=');
    assert.equal(missing.status, 400);
    assert.ok(missing.body.includes('请填写起算日'));
    assert.ok(missing.body.includes('请填写期间'));
    assert.ok(missing.body.includes('请选择单位'));

    const tooLong = await get('/portal/deadline?start=2025-01-01&period=121&unit=month');
    assert.equal(tooLong.status, 400);
    assert.ok(tooLong.body.includes('期间不得超过120个月'));
  });

  test('the calculator counts months, shortens very long walks, and reports the service\'s own refusals', async () => {
    const month = await get('/portal/deadline?start=2025-08-31&period=1&unit=month');
    assert.equal(month.status, 200);
    assert.ok(month.body.includes('2025年9月30日（星期二）24时截止'));
    assert.ok(month.body.includes('第二百零二条'));

    const long = await get('/portal/deadline?start=2025-01-01&period=3650&unit=workday');
    assert.equal(long.status, 200);
    assert.ok(long.body.includes('天从略'));
    assert.ok((long.body.match(/<tr class=/g)?.length ?? 0) <= 300);
    assert.ok(long.body.includes('计入（第3650个工作日）'), 'the last day is shown');

    const beyond = await get('/portal/deadline?start=9999-12-20&period=3650&unit=day');
    assert.equal(beyond.status, 400);
    assert.ok(beyond.body.includes('id="period-error"'));
    assert.ok(beyond.body.includes('超出可计算的范围'));
  });

  test('the Traditional view converts the text and sets lang="zh-Hant"; URLs stay as they are', async () => {
    const p = await get('/portal/rules?script=hant');
    assert.equal(p.status, 200);
    assert.match(p.body, /<html lang="zh-Hant">/);
    assert.ok(p.body.includes('雲陽縣人民政府工作規則'));
    assert.ok(!p.body.includes('云阳县人民政府工作规则'));
    assert.ok(p.body.includes('跳到主要內容'));
    assert.ok(p.body.includes('lang="zh-CN">切换到简体中文</a>'), 'the way back stays in Simplified');
    assert.ok(hrefs(p.body).includes('/portal/rules/20?script=hant'));
    assert.ok(p.body.includes('/portal/assets/portal.css?v='));
    assert.ok(!p.body.includes('\uE000') && !p.body.includes('\uE001'));
    const calc = await get('/portal/deadline?start=2025-09-26&period=7&unit=workday&script=hant');
    assert.ok(calc.body.includes('2025年10月13日'));
    assert.ok(calc.body.includes('屆滿'));
    assert.ok(calc.body.includes('<input type="hidden" name="script" value="hant">'));
  });

  test('elder mode adds the large-type class and every internal link carries the choices', async () => {
    const p = await get('/portal/rules/20?mode=elder&script=hant');
    assert.match(p.body, /<html lang="zh-Hant" class="elder">/);
    const internal = hrefs(p.body).filter((u) => u.startsWith('/portal/') && !u.startsWith('/portal/assets/'));
    assert.ok(internal.length > 5);
    for (const u of internal) {
      assert.ok(u.includes('mode=elder') || u.includes('mode=standard'), `mode carried: ${u}`);
      assert.ok(u.includes('script=hant') || u.includes('script=hans'), `script carried: ${u}`);
    }
    assert.ok(internal.includes('/portal/rules/20?mode=standard&script=hant'), 'switch back to standard');
    assert.ok(internal.includes('/portal/rules/20?mode=elder&script=hans'), 'switch back to Simplified');

    const calc = await get('/portal/deadline?mode=elder');
    assert.ok(calc.body.includes('<input type="hidden" name="mode" value="elder">'));
    const css = await get('/portal/assets/portal.css');
    assert.match(css.body, /html\.elder \{ font-size: 137\.5%; \}/, 'elder base font 22px');
  });

  test('a choice is remembered in a cookie; an explicit switch overrides it', async () => {
    const set = await get('/portal/?mode=elder');
    const cookies = ([] as string[]).concat((set.headers['set-cookie'] as string | string[] | undefined) ?? []);
    const mode = cookies.find((c) => c.startsWith('yz_portal_mode=elder'));
    assert.ok(mode);
    assert.match(mode, /Path=\/portal/);
    assert.match(mode, /HttpOnly/);
    const cookie = mode.split(';')[0] ?? '';
    const later = await get('/portal/rules', { cookie });
    assert.match(later.body, /<html lang="zh-CN" class="elder">/);
    const off = await get('/portal/rules?mode=standard', { cookie });
    assert.match(off.body, /<html lang="zh-CN">/);
  });

  test('interpolated text is escaped', async () => {
    const p = await get('/portal/deadline?start=%3Cscript%3Ealert(1)%3C%2Fscript%3E&period=%22%3E%3Cb%3E&unit=workday');
    assert.equal(p.status, 400);
    assert.ok(!p.body.includes('<script>'));
    assert.ok(!p.body.includes('"><b>'));
    assert.ok(p.body.includes('value="&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(p.body.includes('value="&quot;&gt;&lt;b&gt;"'));
    const odd = await get('/portal/%3Cscript%3E');
    assert.equal(odd.status, 404);
    assert.ok(!odd.body.includes('<script>'));
    const mode = await get('/portal/?mode=%3Cscript%3E');
    assert.ok(!mode.body.includes('<script>'));
    assert.match(mode.body, /<html lang="zh-CN">/);
  });

  test('HEAD works and portal routes are declared public', async () => {
    const r = await h.app.inject({ method: 'HEAD', url: '/portal/' });
    assert.equal(r.statusCode, 200);
    const portal = h.app.routeTable.filter((x) => x.url.startsWith('/portal'));
    assert.ok(portal.length >= 6);
    for (const x of portal) assert.equal(x.permission, 'public', x.url);
  });
});
