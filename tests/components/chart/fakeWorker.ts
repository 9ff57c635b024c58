// jsdom has no worker or OffscreenCanvas: a fake worker stands in for the painting workers, recording
// what it is sent and answering as a test says; the globals a module checks before starting one are
// stubbed (see canPaintInWorker).
import { vi } from 'vitest';
import type { PainterReply } from '../../../src/components/chart/paintInWorker';

export interface SentMessage {
  canvas?: unknown;
  drag?: number;
  release?: boolean;
}

export class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  sent: SentMessage[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(message: SentMessage) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: PainterReply) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
}

/** Imports a module afresh with workers faked (a module starts its worker when it loads). */
export async function importWithFakeWorker<M>(load: () => Promise<M>): Promise<M> {
  vi.resetModules();
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
  HTMLCanvasElement.prototype.transferControlToOffscreen = function () {
    return {} as OffscreenCanvas;
  };
  return load();
}

export function unstubWorkers() {
  vi.unstubAllGlobals();
  delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
}
