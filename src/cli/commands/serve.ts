import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildServer } from '../../http/server.ts';
import { openInstance } from '../../runtime/instance.ts';
import { seedDemoWithWork } from '../../scenario/demo-work.ts';
import { runScheduler } from '../../services/scheduler/run-scheduler.ts';

const SCHEDULER_INTERVAL_MS = 60_000;

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('启动云政（默认 http://localhost:3000；PORT 可覆盖）')
    .option('--portal-only', '只提供公众门户（面向互联网一侧）')
    .option('--port <port>', '端口', process.env['PORT'] ?? '3000')
    .option('--host <host>', '监听地址（默认 :: 同时监听 IPv6 与 IPv4）', process.env['HOST'] ?? '::')
    .action(async (opts: { portalOnly?: boolean; port: string; host: string }) => {
      const instance = await openInstance({ seed: false });
      if (instance.deps.settings.demo) {
        const seeded = await seedDemoWithWork(instance);
        if (seeded.seeded) console.log(seeded.work ? '已载入演示组织和演示业务数据（会议、规范性文件、征求意见、重大行政决策、重点工作）' : '已载入演示组织');
        if (seeded.problem) console.error(`演示业务数据未能全部载入：${seeded.problem}`);
      }
      const app = await buildServer({
        deps: instance.deps,
        audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) },
        webDir: resolve('dist/web'),
        portalOnly: opts.portalOnly ?? false,
        logger: process.env['YUNZHENG_LOG'] === '1',
        secureCookie: process.env['YUNZHENG_SECURE_COOKIE'] === '1',
        trustProxy: process.env['YUNZHENG_TRUST_PROXY'],
      });
      const port = Number(opts.port);
      await app.listen({ port, host: opts.host, ipv6Only: false });
      const d = instance.deps;
      console.log(`云政已启动：http://localhost:${port}/ （${d.store.dialect === 'sqlite' ? `嵌入式数据库 ${instance.database.file}` : 'PostgreSQL'}${d.settings.demo ? '，演示环境' : ''}）`);
      if (d.settings.demo) console.log('演示账号见 README.md（密码 yunzheng-demo）');

      // The scheduler's state is in the database; this timer only decides when to look.
      const tick = async () => {
        for (const t of await d.store.tenants.list()) {
          await runScheduler(d, t.id);
          await instance.checkpoint(t.id);
        }
      };
      const timer = opts.portalOnly ? undefined : setInterval(() => void tick().catch((e: unknown) => console.error('巡检失败', e)), SCHEDULER_INTERVAL_MS);
      if (!opts.portalOnly) void tick().catch((e: unknown) => console.error('巡检失败', e));
      const stop = async () => {
        if (timer) clearInterval(timer);
        await app.close();
        for (const t of await d.store.tenants.list()) await instance.checkpoint(t.id);
        await instance.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
