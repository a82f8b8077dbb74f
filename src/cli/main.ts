import { Command } from 'commander';
import { serveCommand } from './commands/serve.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { scenarioCommand } from './commands/scenario.ts';

const program = new Command();
program.name('yunzheng').description('云政 — 县政府工作规则运行系统').version('0.1.0');
serveCommand(program);
registerAdminCommands(program);
registerBackupCommands(program);
scenarioCommand(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
