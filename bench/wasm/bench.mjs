// The engine's speed as readers get it: the browser build (wasm) run by V8,
// on the programs in bench/engine/, one or more built sites side by side.
//
//   threadwise build --out /tmp/a          # the build to measure (and, for an
//   node bench/wasm/bench.mjs /tmp/a [/tmp/b ...] -- bench/engine/*.py
//                                          # A/B, a second build of another commit)
//
// Each program runs RUNS times per site, sites taking turns, and the median
// is printed. Standard library files come from each site's assets/py-*.py,
// as the browser's worker fetches them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const RUNS = Number(process.env.RUNS || 5);
const split = process.argv.indexOf("--");
if (split < 3 || split === process.argv.length - 1) {
  console.error("usage: node bench/wasm/bench.mjs SITE_DIR [SITE_DIR...] -- PROGRAM.py...");
  process.exit(2);
}
const sites = process.argv.slice(2, split);
const programs = process.argv.slice(split + 1);

// One engine per site: its glue module, wasm and standard library files.
async function load(site) {
  const assets = join(site, "assets");
  const files = readdirSync(assets);
  const find = (re) => {
    const name = files.find((f) => re.test(f));
    if (!name) throw new Error(`${assets} has no file matching ${re}`);
    return join(assets, name);
  };
  // Each site's glue is a separate module instance, with its own wasm.
  const glue = await import(`${pathToFileURL(find(/^threadwise_playground\.[0-9a-f]+\.js$/)).href}?site=${site}`);
  await glue.default({ module_or_path: readFileSync(find(/^threadwise_playground_bg\..*\.wasm$/)) });
  const stdlib = new Map();
  for (const f of files) {
    const m = /^py-(.+)\.[0-9a-f]+\.py$/.exec(f);
    if (m) stdlib.set(m[1], readFileSync(join(assets, f), "utf8"));
  }
  return { glue, stdlib };
}

const engines = [];
for (const site of sites) engines.push(await load(site));

// The engine asks for standard library sources through this global, as in
// the worker; it is pointed at the engine that is running.
let current = null;
globalThis.threadwiseStdlibSource = (name) => {
  const text = current.stdlib.get(name);
  if (text === undefined) throw "this site has no file for it";
  return text;
};

function runOnce(engine, source) {
  current = engine;
  const t0 = performance.now();
  const runner = new engine.glue.Runner(source, 0, false, "", 1e13);
  let step;
  do {
    step = JSON.parse(runner.step(1e6, -1));
  } while (!step.done);
  runner.free();
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${RUNS} runs each, medians in ms; sites: ${sites.join(", ")}`);
console.log(["program".padEnd(22), ...sites.map((_, i) => `site ${i + 1}`.padStart(10))].join(""));
for (const file of programs) {
  const source = readFileSync(file, "utf8");
  const times = engines.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    engines.forEach((engine, i) => times[i].push(runOnce(engine, source)));
  }
  const name = file.split("/").pop().replace(/\.py$/, "");
  console.log([name.padEnd(22), ...times.map((t) => median(t).toFixed(1).padStart(10))].join(""));
}
