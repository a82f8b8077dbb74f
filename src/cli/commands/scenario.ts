import type { Command } from 'commander';
import { scenarioJsonSchemaText } from '../../scenario/format.ts';
import { formatResult, runScenarioFiles } from '../../scenario/runner.ts';

/** `yunzheng scenario run FILE…` and `yunzheng scenario schema`. */
export function scenarioCommand(program: Command): void {
  const scenario = program.command('scenario').description('依规则写成的场景文件（见 scenarios/）');
  scenario
    .command('run')
    .description('逐个执行场景文件：每个文件一个新的嵌入式数据库（载入演示组织），全部相符时退出码为 0')
    .argument('<files...>', '场景文件（JSON）')
    .option('--data <dir>', '保留每个文件的数据于 <dir>/<文件名>（默认用临时目录，运行后删除）')
    .option('--json', '以 JSON 输出结果')
    .action(async (files: string[], opts: { data?: string; json?: boolean }) => {
      const results = await runScenarioFiles(files, { dataDir: opts.data });
      const ok = results.every((r) => r.ok);
      if (opts.json) {
        console.log(JSON.stringify({ ok, results }, null, 2));
      } else {
        for (const r of results) console.log(formatResult(r));
        const played = results.filter((r) => !r.skipped);
        const failed = played.filter((r) => !r.ok).length;
        console.log(`\n${played.length} 个场景：${played.length - failed} 个通过，${failed} 个未通过`);
      }
      if (!ok) process.exitCode = 1;
    });
  scenario
    .command('schema')
    .description('输出场景文件格式的 JSON Schema（draft 2020-12），即 scenarios/scenario.schema.json 的内容')
    .action(() => {
      process.stdout.write(scenarioJsonSchemaText());
    });
}
