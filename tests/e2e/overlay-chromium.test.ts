/** The in-page overlay end to end in Chromium (puppeteer-core over CDP). */
import { launchChromium } from "./browsers";
import { overlaySuite } from "./overlay-suite";

overlaySuite(launchChromium);
