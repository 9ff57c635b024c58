// Draws SVG exports off the page's thread: a large chart derived afresh at an export's size, and its
// document written, take far longer than a frame, and the page stays usable meanwhile.
import { loadLanguage } from '../i18n/strings';
import type { Dataset } from '../model/types';
import { presetSvg, svgBlob } from './exportPresets';
import { provideLayoutCode } from './provideLayoutCode';
import { fromSvgJob, joinDataset, type FromExportWorker, type SvgJob, type ToExportWorker } from './svgJob';

let source: Dataset | undefined;
// One message at a time, in order: a job waiting for its language must not see a later dataset.
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<ToExportWorker>) => {
  const message = event.data;
  if ('source' in message) queue = queue.then(() => void (source = message.source));
  else if ('more' in message) queue = queue.then(() => source && joinDataset(source, message.more));
  else queue = queue.then(() => draw(message.job));
};

async function draw(job: SvgJob): Promise<void> {
  let reply: FromExportWorker;
  try {
    if (!source) throw new Error('no dataset');
    await loadLanguage(job.settings.lang);
    await provideLayoutCode(job.settings);
    // A file handed over as it is: the page need not encode megabytes of text itself.
    reply = { id: job.id, svg: svgBlob(presetSvg(fromSvgJob(source, job), job.preset)) };
  } catch (problem) {
    reply = { id: job.id, error: problem instanceof Error ? problem.message : String(problem) };
  }
  self.postMessage(reply);
}
