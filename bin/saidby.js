#!/usr/bin/env node
// The CLI is bundled into dist/node by `npm run build` (run on install by the prepare script).
import("../dist/node/saidby.js");
