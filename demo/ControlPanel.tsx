import { useEffect, useState } from 'react';
import type { DemoConversation, DemoWorld } from './demo-world';

interface ControlPanelProps {
  world: DemoWorld;
  conversation: DemoConversation;
}

/** Simulated readers and network trouble for the sender's connection. */
export function ControlPanel({ world, conversation }: ControlPanelProps) {
  const [readersPerSecond, setReadersPerSecond] = useState(0);
  const [latency, setLatency] = useState(80);
  const [errorRate, setErrorRate] = useState(0);
  const [offline, setOffline] = useState(false);
  const sender = world.adapterFor(world.me);

  useEffect(() => {
    if (readersPerSecond <= 0 || conversation.kind !== 'group') return;
    return world.startReaders(conversation, readersPerSecond);
  }, [world, conversation, readersPerSecond]);

  // Applies to Alex and to every reader of the conversation.
  useEffect(() => {
    for (const userID of [world.me, ...conversation.readers]) {
      const adapter = world.adapterFor(userID);
      adapter.setFaults({ errorRate: errorRate / 100 });
      adapter.setLatency({ min: latency / 2, max: latency });
    }
  }, [world, conversation, errorRate, latency]);

  const toggleOffline = () => {
    if (offline) sender.reconnect();
    else sender.disconnect();
    setOffline(!offline);
  };

  return (
    <aside className="demo__controls" aria-label="Simulation controls">
      <h2>Simulation</h2>
      <label>
        Simulated readers per second: {readersPerSecond}
        <input
          type="range"
          min={0}
          max={20}
          value={readersPerSecond}
          disabled={conversation.kind !== 'group'}
          onChange={(e) => setReadersPerSecond(Number(e.target.value))}
        />
      </label>
      <label>
        Error rate on calls: {errorRate}%
        <input type="range" min={0} max={50} value={errorRate} onChange={(e) => setErrorRate(Number(e.target.value))} />
      </label>
      <label>
        Network latency: up to {latency} ms
        <input type="range" min={0} max={2000} step={20} value={latency} onChange={(e) => setLatency(Number(e.target.value))} />
      </label>
      <button type="button" onClick={toggleOffline} aria-pressed={offline}>
        {offline ? 'Reconnect Alex' : 'Take Alex offline'}
      </button>
    </aside>
  );
}
