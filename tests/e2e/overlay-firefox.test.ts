/** The in-page overlay end to end in Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { launchFirefox } from "./browsers";
import { overlaySuite } from "./overlay-suite";

overlaySuite(launchFirefox);
