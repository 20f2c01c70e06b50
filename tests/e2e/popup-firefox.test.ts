/** The popup end to end in Firefox ESR (puppeteer-core over WebDriver BiDi). */
import path from "node:path";
import { launchFirefox, ROOT } from "./browsers";
import { popupSuite } from "./popup-suite";

/** Headless Firefox cannot show the host-permission prompt or the download dialog: answer both in prefs. */
const PREFS = {
  "extensions.webextOptionalPermissionPrompts": false,
  "browser.download.folderList": 2,
  "browser.download.dir": path.join(ROOT, "artifacts/downloads-firefox"),
  "browser.download.useDownloadDir": true,
  "browser.download.always_ask_before_handling_new_types": false,
  "browser.download.start_downloads_in_tmp_dir": false,
};

popupSuite(() => launchFirefox(PREFS), { withholdAccess: true, busyPageHoldsAnswer: false });
