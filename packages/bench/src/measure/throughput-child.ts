// Child entry: one-core throughput of normalizeArticle, its stages and the yardsticks.
import { parseArgs } from "node:util";
import { measureThroughput } from "./throughput.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "500" },
    seconds: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
  },
});
const result = measureThroughput(Number(values.count), Number(values.seconds), Number(values.seed));
process.stdout.write(`${JSON.stringify(result)}\n`);
