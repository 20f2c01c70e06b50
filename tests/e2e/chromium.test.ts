/** Saidby end to end in Chromium (puppeteer-core over CDP). */
import { launchChromium } from "./browsers";
import { extensionSuite } from "./scenario";

extensionSuite(launchChromium);
