import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPackRegistry, selectPack, type PackPeriod } from './pack.ts';

const p2024: PackPeriod = { id: 'example-2024', effectiveFrom: '2024-03-13', utcOffsetMinutes: 480 };
const p2025: PackPeriod = { id: 'example-2025', effectiveFrom: '2025-10-26', utcOffsetMinutes: 480 };

void describe('selectPack', () => {
  void it('returns undefined before the earliest pack takes effect', () => {
    assert.equal(selectPack([p2025], new Date('2025-10-25T15:59:59.999Z')), undefined);
    assert.equal(selectPack([], new Date('2025-10-26T00:00:00Z')), undefined);
  });

  void it('judges by the local date: 16:00 UTC is already midnight in Beijing', () => {
    assert.equal(selectPack([p2025], new Date('2025-10-25T16:00:00Z'))?.id, 'example-2025');
  });

  void it('picks the latest pack in force, whatever the order given', () => {
    const packs = [p2025, p2024];
    assert.equal(selectPack(packs, new Date('2024-03-12T15:59:59Z')), undefined);
    assert.equal(selectPack(packs, new Date('2024-03-12T16:00:00Z'))?.id, 'example-2024');
    assert.equal(selectPack(packs, new Date('2025-10-25T15:59:59Z'))?.id, 'example-2024');
    assert.equal(selectPack(packs, new Date('2025-10-25T16:00:00Z'))?.id, 'example-2025');
    assert.equal(selectPack(packs, new Date('2030-01-01T00:00:00Z'))?.id, 'example-2025');
  });
});

void describe('createPackRegistry', () => {
  const registry = createPackRegistry([p2025, p2024]);

  void it('orders packs by effective date and finds them', () => {
    assert.deepEqual(
      registry.packs.map((p) => p.id),
      ['example-2024', 'example-2025'],
    );
    assert.equal(registry.byId('example-2024'), p2024);
    assert.equal(registry.byId('missing'), undefined);
    assert.equal(registry.at(new Date('2025-01-01T00:00:00Z'))?.id, 'example-2024');
  });

  void it('knows the last day a replaced pack applies', () => {
    assert.equal(registry.effectiveUntil('example-2024'), '2025-10-25');
    assert.equal(registry.effectiveUntil('example-2025'), undefined);
  });

  void it('refuses two packs with one id or one effective date', () => {
    assert.throws(() => createPackRegistry([p2025, { ...p2024, id: 'example-2025' }]), /registered twice/);
    assert.throws(() => createPackRegistry([p2025, { ...p2024, effectiveFrom: '2025-10-26' }]), /same day/);
  });
});
