// A reader whose memory grows without end (what a zip bomb does inside a parser).
import { parentPort } from "node:worker_threads";
import { READY } from "../worker-ready";

parentPort?.postMessage(READY);
const kept: string[][] = [];
for (let i = 0; ; i++) kept.push(Array.from({ length: 10_000 }, (_, j) => `${i}-${j}`));
