import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

async function orgIndex(c: Client) {
  const org = (await c.get('/api/org')).body.data;
  const find = (code: string) => org.positions.find((p: Json) => p.code === code);
  return {
    pos: (code: string): string => find(code).id,
    person: (code: string): string => find(code).holders[0].personId,
    body: (code: string): string => org.bodies.find((b: Json) => b.code === code).id,
  };
}

const notice = (over: Json = {}) => ({
  kind: '通知', issuer: 'government', title: '云阳县人民政府关于做好2025年冬季安全生产工作的通知',
  mainRecipients: ['各乡镇人民政府、街道办事处，县政府各部门'], body: '为做好今冬明春安全生产工作，现将有关事项通知如下。', disclosure: '主动公开', ...over,
});

for (const db of testDatabases()) {
  describe(`official documents: drafting, 核稿, art. 53 routing, sign-off, numbering [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' }); // Mon 09:00 Beijing
    });
    after(() => h.close());
    const at = (iso: string) => h.clock.set(iso);

    /** Drafts, submits and reviews a document; returns its id and route. */
    async function throughReview(draft: Json, review: Json = { importance: 'ordinary' }) {
      const feng = await h.login('fengli');
      const created = await feng.post('/api/documents', draft);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.data.id;
      assert.equal((await feng.post(`/api/documents/${id}/submit`, {})).status, 200);
      const reviewed = await (await h.login('wumin')).post(`/api/documents/${id}/review`, review);
      assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
      return { id, route: reviewed.body.data.route as Json[], verdicts: reviewed.body.verdicts as Json[] };
    }

    test('art. 53(二): a department drafts for the county government; the deputy in charge signs; the office rechecks, numbers, issues and archives', async () => {
      at('2025-11-03T01:00:00.000Z');
      const wu = await h.login('wumin');
      const { pos, body } = await orgIndex(wu);
      const { id, route, verdicts } = await throughReview(notice({ subjectBodyIds: [body('fgw')] }));
      assert.deepEqual(route.map((s) => [s.positionId, s.action]), [[pos('deputy-1'), 'sign']]);
      assert.ok(verdicts.some((v) => v.rule === 'document.route' && v.cites.includes('yunyang-2025:53(2)') && v.citeLabels.length > 0));
      // The deputy has the 待办, due the same working day (文不过夜, art. 40).
      const liu = await h.login('liujianhua');
      const task = (await liu.get('/api/tasks?status=open')).body.data.find((t: Json) => t.sourceId === id);
      assert.ok(task, 'the signer has the 待办');
      assert.equal(task.due.dueDate, '2025-11-03');
      const signed = await liu.post(`/api/documents/${id}/sign`, { opinion: '同意印发' });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.data.status, 'rechecking');
      assert.equal(signed.body.data.signedDate, '2025-11-03');
      const registered = await wu.post(`/api/documents/${id}/register`, {});
      assert.equal(registered.status, 200);
      assert.match(registered.body.data.docNumber, /^云阳府发〔2025〕[1-9]\d*号$/);
      const issued = await wu.post(`/api/documents/${id}/issue`, {});
      assert.equal(issued.body.data.status, 'issued');
      assert.equal(issued.body.data.issuedDate, '2025-11-03', '印发日期');
      assert.equal((await wu.post(`/api/documents/${id}/archive`, {})).body.data.status, 'archived');
      const detail = (await wu.get(`/api/documents/${id}`)).body.data;
      assert.deepEqual(detail.history.map((e: Json) => e.type), ['document.drafted', 'document.submitted', 'document.reviewed', 'document.signed', 'document.registered', 'document.issued', 'document.archived']);
      assert.equal(detail.document.route[0].done.personName, '刘建华');
    });

    test('art. 53(一)(七): a major matter goes to the 县长 after the deputy in charge; the 县长 cannot sign out of turn; understating importance does not help', async () => {
      at('2025-11-03T02:00:00.000Z');
      const { pos, body } = await orgIndex(await h.login('wumin'));
      const { id, route, verdicts } = await throughReview(notice({ title: '云阳县人民政府关于调整城区道路交通管理措施的通知', subjectBodyIds: [body('fgw')], importanceProposed: 'ordinary' }), { importance: 'major', note: '涉及全县重大事项' });
      assert.deepEqual(route.map((s) => [s.positionId, s.action, s.cite]), [[pos('deputy-1'), 'countersign', 'yunyang-2025:53(7)'], [pos('county-head'), 'sign', 'yunyang-2025:53(1)']]);
      assert.ok(verdicts.some((v) => v.rule === 'document.importance-confirmed' && /拟稿人提出“一般”，办公室核稿改定/.test(v.message)));
      const zhou = await h.login('zhouminyuan');
      const early = await zhou.post(`/api/documents/${id}/sign`, { opinion: '同意' });
      assert.equal(early.status, 422);
      assert.ok(early.body.verdicts.some((v: Json) => v.rule === 'document.sign-in-turn' && v.cites.includes('yunyang-2025:53(7)') && /不得越级送签/.test(v.message)));
      const abilities = (await zhou.get(`/api/documents/${id}`)).body.abilities;
      assert.equal(abilities.sign, false);
      assert.equal((await (await h.login('liujianhua')).post(`/api/documents/${id}/sign`, { opinion: '拟同意，呈县长签发' })).status, 200);
      const done = await zhou.post(`/api/documents/${id}/sign`, { opinion: '同意' });
      assert.equal(done.status, 200);
      assert.equal(done.body.data.status, 'rechecking');
    });

    test('arts. 5, 53: while the deputy in charge is away, the AB角 signs, recorded with both names and the reason', async () => {
      at('2025-11-03T03:00:00.000Z');
      const { pos, person, body } = await orgIndex(await h.login('wumin'));
      const liu = await h.login('liujianhua');
      const leave = await liu.post('/api/leave', { kind: 'travel', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-12T18:00:00+08:00', destination: '北京市', reason: '参加培训' });
      assert.equal((await (await h.login('zhouminyuan')).post(`/api/leave/${leave.body.data.id}/approve`, {})).status, 200);
      at('2025-11-10T03:00:00.000Z');
      const { id } = await throughReview(notice({ title: '云阳县人民政府关于开展统计执法检查的通知', subjectBodyIds: [body('tjj')] }));
      const wang = await h.login('wangxiaomei');
      const detail = (await wang.get(`/api/documents/${id}`)).body;
      assert.equal(detail.data.waiting.display, '王晓梅（代刘建华）');
      assert.equal(detail.abilities.sign, true);
      const signed = await wang.post(`/api/documents/${id}/sign`, { opinion: '同意' });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      const step = signed.body.data.route[0];
      assert.equal(step.positionId, pos('deputy-1'));
      assert.equal(step.done.personName, '王晓梅');
      assert.equal(step.done.onBehalfOfName, '刘建华');
      assert.match(step.done.basis, /AB角|第五条/);
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=document&subjectId=${id}`)).body.data;
      const ev = events.find((e: Json) => e.type === 'document.signed');
      assert.equal(ev.actorPersonId, person('deputy-2'));
      assert.equal(ev.onBehalfOfPersonId, person('deputy-1'));
    });

    test('art. 53(五) and art. 21: a normative document is reviewed for legality by the 县司法局, countersigned by the deputies in charge, signed by the 县长 and numbered 云阳府规', async () => {
      at('2025-11-07T01:00:00.000Z');
      const { pos, body } = await orgIndex(await h.login('wumin'));
      const draft = notice({ title: '云阳县人民政府关于印发云阳县城区停车管理办法的通知', matter: 'normative', isPolicy: true, interpretation: '本办法明确城区停车泊位设置、收费和管理的职责分工，解读材料与文件同步审签、同步部署。', subjectBodyIds: [body('fgw'), body('sfj')] });
      // 条例 arts. 19–20: two departments' powers — the office confirms they were consulted.
      const feng = await h.login('fengli');
      const unconsulted = (await feng.post('/api/documents', draft)).body.data.id;
      await feng.post(`/api/documents/${unconsulted}/submit`, {});
      const refused = await (await h.login('wumin')).post(`/api/documents/${unconsulted}/review`, { importance: 'ordinary' });
      assert.equal(refused.status, 422);
      assert.ok(refused.body.verdicts.some((v: Json) => v.rule === 'document.consultation-confirmed' && v.cites.includes('doc-handling-2012:20')));
      const { id, route } = await throughReview(draft, { importance: 'ordinary', consultedConfirmed: true });
      assert.deepEqual(route.map((s) => [s.positionId, s.action, s.cite]), [
        [pos('sfj-head'), 'legality-review', 'yunyang-2025:53(5)'], [pos('deputy-1'), 'countersign', 'yunyang-2025:53(7)'], [pos('deputy-2'), 'countersign', 'yunyang-2025:53(7)'], [pos('county-head'), 'sign', 'yunyang-2025:53(5)'],
      ]);
      for (const who of ['huangzhigang', 'liujianhua', 'wangxiaomei', 'zhouminyuan']) {
        const r = await (await h.login(who)).post(`/api/documents/${id}/sign`, { opinion: '同意' });
        assert.equal(r.status, 200, `${who}: ${JSON.stringify(r.body)}`);
      }
      const reg = await (await h.login('wumin')).post(`/api/documents/${id}/register`, {});
      assert.match(reg.body.data.docNumber, /^云阳府规〔2025〕[1-9]\d*号$/);
    });

    test('editing keeps every version with the changed fields; attachments are checked for type, content and size, and a refusal keeps nothing', async () => {
      at('2025-11-07T02:00:00.000Z');
      const feng = await h.login('fengli');
      const doc = (await feng.post('/api/documents', notice())).body.data;
      const edited = await feng.put(`/api/documents/${doc.id}`, { elements: { ...notice(), title: '云阳县人民政府关于做好2025年冬季安全生产和防火工作的通知', body: '修改后的正文。' }, note: '补充防火内容', version: 1 });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      const stale = await feng.put(`/api/documents/${doc.id}`, { elements: notice(), note: '', version: 1 });
      assert.equal(stale.status, 409, 'an edit on an old version is refused');
      const secret = await feng.put(`/api/documents/${doc.id}`, { elements: { ...notice(), body: '秘密★1年' }, note: '', version: 2 });
      assert.equal(secret.status, 422);

      const upload = (name: string, bytes: Buffer) => {
        const boundary = 'yzboundary';
        const payload = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}\r\nContent-Type: application/octet-stream\r\n\r\n`),
          bytes, Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return feng.post(`/api/documents/${doc.id}/attachments`, payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
      };
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20)]);
      const ok = await upload('qingdan.pdf', pdf);
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      const exe = await upload('setup.exe', Buffer.from('MZ\x90\x00'));
      assert.equal(exe.status, 422);
      assert.equal(exe.body.error.code, 'ATTACHMENT_REFUSED');
      const renamed = await upload('fake.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
      assert.equal(renamed.status, 422);
      assert.match(renamed.body.error.message, /内容与扩展名不符/);
      const huge = await upload('huge.pdf', Buffer.concat([Buffer.from('%PDF-1.7'), Buffer.alloc(21 * 1048576)]));
      assert.equal(huge.status, 422);
      assert.match(huge.body.error.message, /超过20MB/);
      const detail = (await feng.get(`/api/documents/${doc.id}`)).body.data;
      assert.deepEqual(detail.attachments.map((a: Json) => a.name), ['qingdan.pdf'], 'refused files leave nothing behind');
      assert.deepEqual(detail.versions.map((v: Json) => v.versionNo), [1, 2]);
      assert.ok(detail.versions[1].changedFields.includes('标题') && detail.versions[1].changedFields.includes('正文'));
      const file = await feng.get(`/api/documents/${doc.id}/attachments/${ok.body.data.id}`);
      assert.equal(file.status, 200);
      assert.ok(Buffer.from(file.body as Buffer).subarray(0, 4).equals(Buffer.from('%PDF')));
      assert.equal((await (await h.login('huangzhigang')).get(`/api/documents/${doc.id}/attachments/${ok.body.data.id}`)).status, 404, 'no access without seeing the document');
    });

    test('art. 61: a classified marking is refused at drafting, in title, body or attachments, and the refusal is audited', async () => {
      at('2025-11-04T01:00:00.000Z');
      const feng = await h.login('fengli');
      for (const over of [{ title: '秘密★1年 关于某项目的请示' }, { body: '机密★10年\n正文' }, { attachmentNames: ['（绝密）名单'] }, { annotation: '密级：秘密' }]) {
        const r = await feng.post('/api/documents', notice(over));
        assert.equal(r.status, 422, JSON.stringify(over));
        assert.ok(r.body.verdicts.some((v: Json) => v.rule === 'document.not-classified' && v.cites.includes('yunyang-2025:61')));
      }
      const ordinary = await feng.post('/api/documents', notice({ body: '严禁泄露国家秘密和商业秘密。' }));
      assert.equal(ordinary.status, 201, 'prose about secrets is not a marking');
      const events = (await (await h.login('auditadmin')).get('/api/audit/events?limit=200')).body.data;
      assert.ok(events.filter((e: Json) => e.type === 'document.classified-refused').length >= 4);
      assert.ok(!JSON.stringify(events).includes('机密★10年\\n正文'), 'the refused text itself is not stored');
    });

    test('art. 32 and 条例 art. 15: no review without the disclosure attribute; a 请示 has one principal recipient', async () => {
      at('2025-11-04T02:00:00.000Z');
      const feng = await h.login('fengli');
      const two = await feng.post('/api/documents', notice({ kind: '请示', title: '云阳县人民政府关于申请某项目资金的请示', mainRecipients: ['重庆市人民政府', '重庆市财政局'], matter: 'report-to-city' }));
      assert.equal(two.status, 422);
      assert.ok(two.body.verdicts.some((v: Json) => v.rule === 'document.request-one-recipient'));
      const id = (await feng.post('/api/documents', notice({ disclosure: null }))).body.data.id;
      await feng.post(`/api/documents/${id}/submit`, {});
      const r = await (await h.login('wumin')).post(`/api/documents/${id}/review`, { importance: 'ordinary' });
      assert.equal(r.status, 422);
      assert.ok(r.body.verdicts.some((v: Json) => v.rule === 'document.disclosure-marked' && v.cites.includes('yunyang-2025:32')));
    });

    test('the wrong person: a department head cannot 核稿, the drafter cannot number, nobody else sees a draft', async () => {
      at('2025-11-04T03:00:00.000Z');
      const feng = await h.login('fengli');
      const id = (await feng.post('/api/documents', notice())).body.data.id;
      await feng.post(`/api/documents/${id}/submit`, {});
      assert.equal((await (await h.login('zhengwei')).post(`/api/documents/${id}/review`, { importance: 'ordinary' })).status, 403);
      assert.equal((await feng.post(`/api/documents/${id}/register`, {})).status, 403);
      assert.equal((await (await h.login('huangzhigang')).get(`/api/documents/${id}`)).status, 404);
      assert.equal((await (await h.login('sysadmin')).get('/api/documents')).status, 403);
    });

    test('numbering: concurrent registrations get consecutive numbers with no duplicates or gaps; a voided number stays 作废 and is never reused', async () => {
      at('2025-11-05T01:00:00.000Z');
      const { body } = await orgIndex(await h.login('wumin'));
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) {
        const { id } = await throughReview(notice({ issuer: 'office', title: `县政府办公室关于第${i + 1}批项目的复函`, matter: 'office-reply', subjectBodyIds: [body('fgw')] }));
        assert.equal((await (await h.login('liwenbo')).post(`/api/documents/${id}/sign`, { opinion: '同意' })).status, 200);
        ids.push(id);
      }
      const wu = await h.login('wumin');
      const before = (await wu.get('/api/document-numbers?prefix=云阳府办发&year=2025')).body.data.numbers.length;
      const results = await Promise.all(ids.map((id) => wu.post(`/api/documents/${id}/register`, {})));
      assert.ok(results.every((r) => r.status === 200), JSON.stringify(results.map((r) => r.status)));
      const seqs = results.map((r) => Number(/〔2025〕(\d+)号/.exec(r.body.data.docNumber)![1])).sort((a, b) => a - b);
      assert.deepEqual(seqs, Array.from({ length: 12 }, (_, i) => before + 1 + i), 'consecutive, no duplicates, no gaps');
      const voided = await wu.post(`/api/documents/${ids[0]}/void-number`, { reason: '印制前发现主送机关有误' });
      assert.equal(voided.body.data.status, 'rechecking');
      const again = await wu.post(`/api/documents/${ids[0]}/register`, {});
      assert.equal(again.body.data.docNumber, `云阳府办发〔2025〕${before + 13}号`);
      const register = (await wu.get('/api/document-numbers?prefix=云阳府办发&year=2025')).body.data.numbers;
      const first = results.find((r) => r.body.data.id === ids[0])!.body.data.docNumber;
      const old = register.find((n: Json) => n.docNumber === first);
      assert.equal(old.status, 'void');
      assert.equal(old.voidReason, '印制前发现主送机关有误');
    });

    test('arts. 54, 55: a department\'s 请示 goes to the county government only; a co-department disagrees with reasons; the principal must state each side\'s reasons before it is submitted', async () => {
      at('2025-11-06T01:00:00.000Z');
      const { pos, body } = await orgIndex(await h.login('wumin'));
      const feng = await h.login('fengli');
      const draft = { ...notice(), issuer: 'department', kind: '请示', title: '县发展改革委关于调整城区停车收费标准的请示', mainRecipients: ['周明远县长'], subjectBodyIds: [body('fgw'), body('sfj')] };
      const toLeader = await feng.post('/api/documents', draft);
      assert.equal(toLeader.status, 422);
      assert.ok(toLeader.body.verdicts.some((v: Json) => v.rule === 'document.submission-addressee' && v.cites.includes('yunyang-2025:54')));
      const created = await feng.post('/api/documents', { ...draft, mainRecipients: ['云阳县人民政府'] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.data.id;
      assert.equal((await (await h.login('wumin')).post(`/api/documents/${id}/review`, { importance: 'ordinary' })).status, 409, 'no county 核稿 for a submission');
      const routed = await feng.post(`/api/documents/${id}/route`, {});
      assert.equal(routed.status, 200, JSON.stringify(routed.body));
      assert.deepEqual(routed.body.data.route.map((s: Json) => [s.positionId, s.action, s.cite]), [[pos('sfj-head'), 'countersign', 'yunyang-2025:55'], [pos('fgw-head'), 'sign', 'yunyang-2025:54']]);
      const zheng = await h.login('zhengwei');
      assert.equal((await zheng.post(`/api/documents/${id}/sign`, { opinion: '同意报送' })).status, 422, 'the principal signs after the co-department');
      const huang = await h.login('huangzhigang');
      const disagreed = await huang.post(`/api/documents/${id}/sign`, { opinion: '不同意：调整标准须先经听证，程序尚未完成', agreed: false });
      assert.equal(disagreed.status, 200, JSON.stringify(disagreed.body));
      const bare = await zheng.post(`/api/documents/${id}/sign`, { opinion: '同意报送' });
      assert.equal(bare.status, 422);
      assert.ok(bare.body.verdicts.some((v: Json) => v.rule === 'document.countersign-resolved' && v.cites.includes('yunyang-2025:55')));
      const sent = await zheng.post(`/api/documents/${id}/sign`, { opinion: '同意报送', proposal: '我委认为现行标准已不适应停车需求；县司法局认为须先听证。建议先组织听证，再由县政府决定。' });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      assert.equal(sent.body.data.status, 'submitted');
      assert.ok(sent.body.verdicts.some((v: Json) => v.rule === 'document.countersign-resolved' && v.outcome === 'warn'));
      const office = (await (await h.login('liwenbo')).get('/api/tasks?status=open')).body.data;
      assert.ok(office.some((t: Json) => t.kind === 'incoming-register' && /停车收费/.test(t.title)), 'it arrives as 收文 and the office has the 登记 待办');
    });

    test('numbering: going live mid-year sets the next number once, audited; the year is the year of 登记', async () => {
      at('2026-01-05T01:00:00.000Z');
      const wu = await h.login('wumin');
      const preset = await wu.post('/api/document-numbers/sequences', { prefix: '云阳府发', year: 2026, nextSeq: 87, reason: '系统上线前已用至86号' });
      assert.equal(preset.status, 201, JSON.stringify(preset.body));
      assert.equal(preset.body.data.nextNumber, '云阳府发〔2026〕87号');
      assert.equal((await wu.post('/api/document-numbers/sequences', { prefix: '云阳府发', year: 2026, nextSeq: 1, reason: '重设' })).status, 409);
      const { body } = await orgIndex(wu);
      const { id } = await throughReview(notice({ title: '云阳县人民政府关于2026年春节假期安排的通知', subjectBodyIds: [body('fgw')] }));
      await (await h.login('liujianhua')).post(`/api/documents/${id}/sign`, { opinion: '同意' });
      assert.equal((await wu.post(`/api/documents/${id}/register`, {})).body.data.docNumber, '云阳府发〔2026〕87号');
    });
  });
}
