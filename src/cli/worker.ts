/** One folder worker: receives file paths, answers with each page's result. */
import { parentPort } from "node:worker_threads";
import { InputError, loadFile } from "./load";

parentPort?.on("message", (file: string) => {
  try {
    parentPort!.postMessage(loadFile(file));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${file}: ${(error as Error).message}`;
    parentPort!.postMessage({ file, error: message });
  }
});
