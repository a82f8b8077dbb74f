import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAttachment } from './attachments.ts';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00]);
const MB = 1048576;

test('a PDF within the limit is accepted; the type comes from the extension and is confirmed by the content', () => {
  assert.deepEqual(checkAttachment('项目清单.pdf', 2 * MB, PDF, 20 * MB), { ok: true, extension: 'pdf' });
  assert.deepEqual(checkAttachment('项目清单.PDF', 2 * MB, PDF, 20 * MB), { ok: true, extension: 'pdf' });
});

test('forbidden types, renamed executables, empty and oversized files are refused with a precise reason', () => {
  const exe = checkAttachment('setup.exe', 100, EXE, 20 * MB);
  assert.ok(!exe.ok && /不接受“\.exe”/.test(exe.message));
  const renamed = checkAttachment('清单.pdf', 100, EXE, 20 * MB);
  assert.ok(!renamed.ok && /内容与扩展名不符/.test(renamed.message));
  const big = checkAttachment('大文件.pdf', 25 * MB, PDF, 20 * MB);
  assert.ok(!big.ok && /25\.0MB，超过20MB/.test(big.message));
  assert.ok(!checkAttachment('空.pdf', 0, PDF, 20 * MB).ok);
  assert.ok(!checkAttachment('a/b.pdf', 10, PDF, 20 * MB).ok);
  assert.ok(!checkAttachment('无扩展名', 10, PDF, 20 * MB).ok);
});
