/** Saidby end to end in Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { launchFirefox } from "./browsers";
import { extensionSuite } from "./scenario";

extensionSuite(launchFirefox);
