import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openInstance } from '../../runtime/instance.ts';
import { coverageReport } from '../../services/law/law-catalogue.ts';
import { formatCoverageTable } from '../../core/law/coverage.ts';
import { loadCalendarYear } from '../../services/calendar/load-calendar-year.ts';
import { initDeployment } from '../../services/platform/seed.ts';
import { seedDemoWithWork } from '../../scenario/demo-work.ts';
import { PACKS, SEED_CALENDARS } from '../../packs/registry.ts';
import { DEMO_TENANT } from '../../packs/yunyang-2025/demo-org.ts';

export function registerAdminCommands(program: Command): void {
  program.command('migrate').description('迁移数据库到最新结构').action(async () => {
    const i = await openInstance({ seed: false });
    console.log(`数据库已是最新结构（${i.database.dialect}）`);
    await i.close();
  });

  program.command('seed').description('载入演示数据（云阳县政府演示组织及演示业务数据）').action(async () => {
    const i = await openInstance({ seed: false });
    const r = await seedDemoWithWork(i);
    console.log(r.seeded ? (r.work ? '演示组织和演示业务数据已载入' : '演示组织已载入') : '演示数据早已载入，未重复');
    if (r.problem) console.error(`演示业务数据未能全部载入：${r.problem}`);
    await i.checkpoint();
    await i.close();
  });

  program
    .command('init')
    .description('准备正式部署：创建租户、节假日安排和三员账号（一次性密码）')
    .option('--tenant <id>', '租户编号', DEMO_TENANT.id)
    .option('--name <name>', '政府名称', DEMO_TENANT.name)
    .action(async (opts: { tenant: string; name: string }) => {
      const i = await openInstance({ demo: false, seed: false });
      const r = await initDeployment(i.deps, { id: opts.tenant, name: opts.name, packId: PACKS[0]!.pack.id }, SEED_CALENDARS);
      if (r.admins.length === 0) console.log('三员账号均已存在，未作改动');
      for (const a of r.admins) console.log(`${a.role}\t${a.username}\t一次性密码：${a.oneTimePassword}`);
      if (r.admins.length > 0) console.log('请妥善交付一次性密码；首次登录须修改密码并启用动态口令。');
      await i.checkpoint(opts.tenant);
      await i.close();
    });

  const rules = program.command('rules').description('规则包');
  rules
    .command('coverage')
    .description('逐条列出规则覆盖情况')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => {
      const report = coverageReport();
      if (opts.json) {
        console.log(JSON.stringify({
          pack: report.pack.id,
          articles: report.articles.map((a) => ({
            article: a.article, status: a.status,
            ...(a.rules.length > 0 ? { rules: a.rules } : {}),
            ...(a.missing ? { missing: a.missing } : {}),
            ...(a.reason ? { reason: a.reason } : {}),
            ...(a.carriedBy ? { carriedBy: a.carriedBy } : {}),
          })),
          counts: report.counts,
        }));
      } else {
        console.log(formatCoverageTable(report));
      }
      if (report.problems.length > 0) {
        for (const p of report.problems) console.error(`问题：${p.message}`);
        process.exitCode = 1;
      }
    });

  const calendar = program.command('calendar').description('节假日安排');
  calendar
    .command('load <file>')
    .description('载入一年的节假日安排（JSON），并重算未届满的期限')
    .option('--tenant <id>', '租户编号')
    .action(async (file: string, opts: { tenant?: string }) => {
      const i = await openInstance({ seed: false });
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const r = await loadCalendarYear(i.deps, null, opts.tenant ?? i.deps.settings.defaultTenantId, json);
      console.log(`${r.year}年节假日安排已${r.outcome === 'inserted' ? '载入' : '替换'}；重算期限 ${r.recomputed.length} 项`);
      for (const c of r.recomputed) console.log(`  ${c.title}：${c.from ?? '—'} → ${c.to}${c.provisional ? '（暂定）' : ''}`);
      await i.checkpoint(opts.tenant);
      await i.close();
    });

  const audit = program.command('audit').description('审计链');
  audit
    .command('verify')
    .description('校验审计链；发现篡改、删除、插入或截断时以非零状态退出并指出第一个问题')
    .option('--tenant <id>', '租户编号')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { tenant?: string; json?: boolean }) => {
      const i = await openInstance({ seed: false });
      const tenants = opts.tenant ? [opts.tenant] : (await i.deps.store.tenants.list()).map((t) => t.id);
      let bad = false;
      for (const t of tenants) {
        const r = await i.verify(t);
        if (opts.json) console.log(JSON.stringify(r));
        else if (r.ok) console.log(`租户 ${t}：审计链完好，共 ${r.events} 条事件，核对检查点 ${r.checkpointsChecked} 个`);
        else console.error(`租户 ${t}：审计链校验失败——${r.firstProblem?.message ?? ''}`);
        bad ||= !r.ok;
      }
      await i.close();
      if (bad) process.exitCode = 2;
    });
  audit
    .command('checkpoint')
    .description('立即写入并导出审计检查点')
    .action(async () => {
      const i = await openInstance({ seed: false });
      for (const t of await i.deps.store.tenants.list()) {
        const cp = await i.checkpoint(t.id);
        console.log(cp ? `租户 ${t.id}：检查点第 ${cp.seq} 号已导出到 ${i.files.checkpointsFile}` : `租户 ${t.id}：无新事件`);
      }
      await i.close();
    });
}
