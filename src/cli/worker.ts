/** One page worker: receives page jobs, answers with each page's result. */
import { parentPort } from "node:worker_threads";
import { fromHtml, InputError, loadFile } from "./load";
import type { PageJob } from "./page-job";

parentPort?.on("message", (job: PageJob) => {
  const url = "url" in job ? job.url : null;
  const record = "record" in job ? job.record : null;
  try {
    parentPort!.postMessage("html" in job ? fromHtml(job.html, job.file, url, record) : loadFile(job.file));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${url ?? job.file}: ${(error as Error).message}`;
    parentPort!.postMessage({ file: job.file, url, record, error: message });
  }
});
