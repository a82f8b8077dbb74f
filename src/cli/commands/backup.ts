import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { openInstance, type Instance } from '../../runtime/instance.ts';
import { auditFiles, readCheckpoints, readKey } from '../../runtime/audit-keys.ts';
import type { VerifyReport } from '../../storage/audit-verify.ts';
import {
  BACKUP_CHECKPOINTS_FILE, BackupError, createBackup, keyFingerprint, readBackup, restoreBackup,
  type BackupManifest, type RestoreResult,
} from '../../storage/backup.ts';

/** Backs up an open instance: records the backup, seals it with a checkpoint, then copies. */
export async function backupInstance(instance: Instance, opts: { outDir: string }): Promise<BackupManifest> {
  return createBackup(instance.database, {
    outDir: opts.outDir,
    checkpointsFile: instance.files.checkpointsFile,
    at: instance.deps.clock.now(),
    keyFingerprint: keyFingerprint(readKey(instance.files.keyFile)),
    beforeCopy: async (tenantIds) => {
      for (const t of tenantIds) await instance.checkpoint(t);
    },
  });
}

export interface RestoreReport extends RestoreResult {
  readonly verify: readonly VerifyReport[];
  readonly ok: boolean;
}

/**
 * Restores a backup into an open instance: the rows, then the exported checkpoints, then the
 * audit verification of every tenant with the instance's key. The key must be the one the backup
 * was sealed with (the security administrator restores it beforehand).
 */
export async function restoreInstance(
  instance: Instance, dir: string, opts: { force?: boolean | undefined; manifest?: BackupManifest | undefined } = {},
): Promise<RestoreReport> {
  const manifest = opts.manifest ?? (await readBackup(dir));
  const fingerprint = keyFingerprint(readKey(instance.files.keyFile));
  if (manifest.key.fingerprint && manifest.key.fingerprint !== fingerprint) {
    throw new BackupError(`目标实例的审计检查点密钥（${instance.files.keyFile}）不是备份时所用的密钥；请先由安全管理员恢复原密钥`);
  }
  const target = instance.files.checkpointsFile;
  if (!opts.force && readCheckpoints(target).length > 0) {
    throw new BackupError(`目标实例已有导出的审计检查点（${target}），拒绝恢复（确需覆盖时加 --force）`);
  }
  const result = await restoreBackup(instance.database, dir, { force: opts.force, manifest });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(resolve(dir, BACKUP_CHECKPOINTS_FILE), target);
  const verify: VerifyReport[] = [];
  for (const t of await instance.deps.store.tenants.list()) verify.push(await instance.verify(t.id));
  const headsMatch = Object.entries(manifest.audit).every(([t, h]) => verify.some((v) => v.tenantId === t && v.lastSeq === h.lastSeq && v.lastHash === h.lastHash));
  const ok = headsMatch && verify.every((v) => v.ok);
  if (ok) {
    // The restored chains go on from where the backup sealed them, starting with the restore itself.
    const at = instance.deps.clock.now();
    await instance.deps.store.transaction(async (tx) => {
      for (const v of verify) {
        await tx.audit.append(v.tenantId, {
          type: 'backup.restored', at, actorAccountId: null, actorPersonId: null, subjectType: 'backup', subjectId: manifest.createdAt,
          payload: { from: resolve(dir), createdAt: manifest.createdAt, dialect: manifest.dialect, lastSeq: v.lastSeq },
        });
      }
    });
    for (const v of verify) await instance.checkpoint(v.tenantId);
  }
  return { ...result, verify, ok };
}

/** Puts the checkpoint key in place for a restore, before the instance opens (which would make a new one). */
function placeKey(keyFile: string, from: string | undefined): void {
  if (from) {
    const src = resolve(from);
    if (!existsSync(src) || !statSync(src).isFile()) throw new BackupError(`密钥文件不存在：${src}`);
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
      copyFileSync(src, keyFile);
    } else if (readFileSync(keyFile, 'utf8').trim() !== readFileSync(src, 'utf8').trim()) {
      throw new BackupError(`目标实例已有另一把审计检查点密钥（${keyFile}），未作改动`);
    }
  }
  if (!existsSync(keyFile)) {
    throw new BackupError(`目标实例没有审计检查点密钥（${keyFile}）。备份不含密钥：请由安全管理员恢复密钥，或用 --key 指定密钥文件`);
  }
}

function printManifest(m: BackupManifest, dir: string): void {
  console.log(`备份完成：${dir}`);
  console.log(`  时间 ${m.createdAt}，数据库 ${m.dialect}，格式 ${m.layout}`);
  for (const [t, n] of Object.entries(m.tables)) console.log(`  ${t.padEnd(20)} ${String(n).padStart(8)} 行`);
  for (const [t, h] of Object.entries(m.audit)) console.log(`  租户 ${t}：审计链至第 ${h.lastSeq} 号`);
  console.log(`  ${m.key.note}`);
}

function defaultOutDir(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return resolve('backups', `yunzheng-${stamp}`);
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('在线备份：数据库的一致副本、导出的审计检查点和清单（不含审计密钥）')
    .option('--out <dir>', '备份目录（默认 ./backups/yunzheng-<时间>）')
    .option('--json', '以 JSON 输出清单')
    .action(async (opts: { out?: string; json?: boolean }) => {
      const i = await openInstance({ seed: false });
      try {
        const dir = resolve(opts.out ?? defaultOutDir(i.deps.clock.now()));
        const m = await backupInstance(i, { outDir: dir });
        if (opts.json) console.log(JSON.stringify({ dir, ...m }));
        else printManifest(m, dir);
      } finally {
        await i.close();
      }
    });

  program
    .command('restore <dir>')
    .description('把备份恢复到新实例（目标已有数据时拒绝，除非 --force），然后校验审计链')
    .option('--force', '覆盖目标实例已有的数据和检查点')
    .option('--key <file>', '审计检查点密钥文件（备份不含密钥；目标实例尚无密钥时复制到位）')
    .option('--json', '以 JSON 输出结果')
    .action(async (dir: string, opts: { force?: boolean; key?: string; json?: boolean }) => {
      const manifest = await readBackup(dir);
      // The same data folder and key location openInstance will use.
      const files = auditFiles(resolve(process.env['YUNZHENG_DATA'] ?? 'data'));
      placeKey(files.keyFile, opts.key);
      const i = await openInstance({ seed: false, demo: false });
      let r: RestoreReport;
      try {
        r = await restoreInstance(i, dir, { force: opts.force, manifest });
      } finally {
        await i.close();
      }
      if (opts.json) {
        console.log(JSON.stringify({ ok: r.ok, tables: r.tables, replaced: r.replaced, verify: r.verify }));
      } else {
        console.log(`已从 ${resolve(dir)}（${manifest.createdAt}，${manifest.dialect}）恢复${r.replaced ? '，原有数据已被覆盖' : ''}`);
        for (const [t, n] of Object.entries(r.tables)) console.log(`  ${t.padEnd(20)} ${String(n).padStart(8)} 行`);
        for (const v of r.verify) {
          if (v.ok) console.log(`租户 ${v.tenantId}：审计链完好，共 ${v.events} 条事件，核对检查点 ${v.checkpointsChecked} 个`);
          else console.error(`租户 ${v.tenantId}：审计链校验失败——${v.firstProblem?.message ?? ''}`);
        }
        for (const [t, h] of Object.entries(manifest.audit)) {
          const v = r.verify.find((x) => x.tenantId === t);
          if (!v || v.lastSeq !== h.lastSeq) console.error(`租户 ${t}：恢复后的审计链尾（第${v?.lastSeq ?? 0}号）与备份清单（第${h.lastSeq}号）不符`);
        }
      }
      if (!r.ok) process.exitCode = 2;
    });
}
