import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IdleCoreSampler, type CpuClock } from '../../server/src/host/nodeIdleCoreSampler';
import { workersForIdleCores } from '../../server/src/host/nodeWorkerSizing';

/** A machine whose clocks the test moves: `advance` passes wall time with so much idle and own CPU time. */
function fakeMachine(cores: number, loadAverageIdleCores = 0, listed = cores): CpuClock & { advance(wallMs: number, idleMs: number, ownMs: number): void } {
  let now = 1_000;
  let idle = 50_000;
  let own = 300;
  return {
    idleMs: () => idle,
    listedCores: () => listed,
    ownMs: () => own,
    now: () => now,
    cores: () => cores,
    loadAverageIdleCores: () => loadAverageIdleCores,
    advance(wallMs, idleMs, ownMs) {
      now += wallMs;
      idle += idleMs;
      own += ownMs;
    },
  };
}

describe('idle core sampler', () => {
  it('counts the cores left idle, and the ones this process used itself, as free', () => {
    const machine = fakeMachine(2);
    const sampler = new IdleCoreSampler(machine);
    // 500 ms in which this process kept one core busy and the other core idled: both are free for its workers.
    machine.advance(500, 500, 500);
    assert.equal(sampler.idleCores(), 2);
  });

  it('leaves out what other processes keep busy, whatever the load average says', () => {
    const machine = fakeMachine(4, 4);
    const sampler = new IdleCoreSampler(machine);
    // Others kept three of four cores busy while this process used half a core.
    machine.advance(1_000, 500, 500);
    assert.equal(sampler.idleCores(), 1);
  });

  it('never claims more cores than the process may use, nor fewer than none', () => {
    const machine = fakeMachine(2);
    const sampler = new IdleCoreSampler(machine);
    machine.advance(1_000, 8_000, 0);
    assert.equal(sampler.idleCores(), 2);
    const busy = fakeMachine(2);
    const busySampler = new IdleCoreSampler(busy);
    busy.advance(1_000, 0, 0);
    assert.equal(busySampler.idleCores(), 0);
  });

  it('falls back to the load average when the system lists cores this process may not use', () => {
    // A container on an idle 8-core host, allowed 2 cores that others keep busy: the host's idle time says nothing.
    const machine = fakeMachine(2, 0, 8);
    const sampler = new IdleCoreSampler(machine);
    machine.advance(1_000, 6_000, 0);
    assert.equal(sampler.idleCores(), 0);
  });

  it('waits until the window can be measured when asked for a measurement', async () => {
    const sampler = new IdleCoreSampler();
    const started = performance.now();
    const cores = await sampler.measured();
    assert.ok(performance.now() - started >= 90, 'waited for a 100 ms window');
    assert.ok(cores >= 0);
  });

  it('falls back to the load average when the window is too short to read the kernel tick', () => {
    const machine = fakeMachine(8, 3);
    const sampler = new IdleCoreSampler(machine);
    machine.advance(20, 160, 20);
    assert.equal(sampler.idleCores(), 3);
  });

  it('gives the language server one background worker on an idle two-core machine, more only with cores to spare', () => {
    const machine = fakeMachine(2);
    const sampler = new IdleCoreSampler(machine);
    machine.advance(1_000, 2_000, 0);
    assert.equal(sampler.idleCores(), 2);
    assert.equal(workersForIdleCores(sampler.idleCores()), 1, 'one core left to the server thread and V8');
    assert.deepEqual([0, 1, 3, 4].map(workersForIdleCores), [1, 1, 2, 3]);
  });
});
