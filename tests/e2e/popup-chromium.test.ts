/** The popup end to end in Chromium (puppeteer-core over CDP). */
import { launchChromium } from "./browsers";
import { popupSuite } from "./popup-suite";

popupSuite(launchChromium, { withholdAccess: false, busyPageHoldsAnswer: true });
