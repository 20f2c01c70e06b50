/**
 * The options page: marking on or off everywhere and per site, and whether
 * marks show always or only under the pointer. Reads and writes one object in
 * `storage.sync` (src/settings.ts); open pages pick changes up at once through
 * `storage.onChanged`. `#options[data-state]` is "loading", then "ready" or
 * "error" (tests wait for it).
 */
import { render } from "preact";
import { useEffect, useLayoutEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  MAX_DISABLED_SITES,
  normalSite,
  saveSettings,
  withSite,
  type MarkMode,
  type ReportedMode,
  type Settings,
  type SyncArea,
} from "../src/settings";

const area = browser.storage.sync as unknown as SyncArea;

function Options({ root }: { root: HTMLElement }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  useEffect(() => {
    loadSettings(area).then(setSettings, () => setSettings({ ...DEFAULT_SETTINGS }));
  }, []);
  useLayoutEffect(() => {
    root.dataset.state = settings ? "ready" : "loading";
  }, [settings, root]);

  if (!settings) return <p>Loading…</p>;

  const save = (next: Settings): void => {
    setSettings(next);
    saveSettings(area, next).then(
      () => setStatus("Saved. Open pages update at once."),
      (error: unknown) => setStatus(`Could not save: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const addSite = (e: Event): void => {
    e.preventDefault();
    const site = normalSite(draft);
    if (!site) return setProblem(`“${draft}” is not a site name. Type one like example.com.`);
    setProblem(null);
    setDraft("");
    save(withSite(settings, site, false));
  };
  const mode = (m: MarkMode) => (
    <label>
      <input type="radio" name="marks" value={m} checked={settings.marks === m} onChange={() => save({ ...settings, marks: m })} />
      {m === "always" ? "Always: every quote is marked" : "Only while hovering: a quote is marked when the pointer is on it"}
    </label>
  );

  const REPORTED_CHOICES: Record<ReportedMode, string> = {
    off: "Off: only quotations are marked",
    marked: "Underlined: the quote keys (Alt+Shift+. and Alt+Shift+,) still walk quotes only",
    walked: "Underlined, and the quote keys walk them with the quotes",
  };
  const reportedChoice = (m: ReportedMode) => (
    <label>
      <input type="radio" name="reported" value={m} checked={settings.reported === m} onChange={() => save({ ...settings, reported: m })} />
      {REPORTED_CHOICES[m]}
    </label>
  );

  return (
    <>
      <h1>Saidby settings</h1>
      <fieldset>
        <legend>Marking</legend>
        <label>
          <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })} />
          Mark quotes on news pages
        </label>
        <p class="hint">When off, pages are left exactly as they are; the toolbar popup still lists a page's quotes.</p>
      </fieldset>
      <fieldset disabled={!settings.enabled}>
        <legend>Show marks</legend>
        {mode("always")}
        {mode("hover")}
      </fieldset>
      <fieldset disabled={!settings.enabled}>
        <legend>Reported speech (said without quote marks: “Lee said the plant would close”)</legend>
        {reportedChoice("off")}
        {reportedChoice("marked")}
        {reportedChoice("walked")}
      </fieldset>
      <fieldset>
        <legend>Sites where Saidby does not mark quotes</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="none">None.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <span>{site}</span>
                <button type="button" aria-label={`Mark quotes on ${site} again`} onClick={() => save(withSite(settings, site, true))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add" onSubmit={addSite}>
          <input
            name="site"
            aria-label="Site to leave alone"
            placeholder="example.com"
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </form>
        {problem ? <p class="error" role="alert">{problem}</p> : null}
        <p class="hint">Up to {MAX_DISABLED_SITES} sites; “www.” is ignored.</p>
      </fieldset>
      <p class="status" role="status">{status}</p>
    </>
  );
}

const root = document.getElementById("options");
if (root) render(<Options root={root} />, root);
