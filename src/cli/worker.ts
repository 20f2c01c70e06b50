/** One page worker: receives page jobs, answers with each page's result. */
import { parentPort } from "node:worker_threads";
import { fromHtml, InputError, loadFile } from "./load";
import type { PageJob } from "./page-job";
import { pageSource } from "./page-text";

parentPort?.on("message", (job: PageJob) => {
  const url = "url" in job ? job.url : null;
  const record = "record" in job ? job.record : null;
  try {
    const html = "html" in job ? job.html : "body" in job ? pageSource(job.body, job.charset) : null;
    parentPort!.postMessage(html === null ? loadFile(job.file) : fromHtml(html, job.file, url, record));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${url ?? job.file}: ${(error as Error).message}`;
    parentPort!.postMessage({ file: job.file, url, record, error: message });
  }
});
