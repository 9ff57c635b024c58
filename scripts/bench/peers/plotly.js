// Plotly.js 4's sankey, updated as its documentation says: Plotly.react with the new data, timed
// until the promise it returns settles (the SVG drawn). Plotly draws loops: it gets every link.
import { timePeer } from './time.js';

const data = (graph) => [
  {
    type: 'sankey',
    node: { label: graph.names },
    link: { source: graph.links.map((l) => l.source), target: graph.links.map((l) => l.target), value: graph.links.map((l) => l.value) },
  },
];
const layout = { width: 1000, height: 640 };

await timePeer((host, graph) => window.Plotly.react(host, data(graph), layout), {
  async setup(host, graph) {
    await window.Plotly.newPlot(host, data(graph), layout);
    return host;
  },
  teardown: (host) => window.Plotly.purge(host),
  runs: { default: 200, 'generated 500/2500': 30 },
});
