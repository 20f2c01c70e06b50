import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article";
import { collectBlocks } from "../../src/page/blocks";
import { parsePage } from "../../src/cli/page-tree";
import { docOf, prose } from "./helpers";

const textOf = (html: string): string => {
  const a = findArticle(docOf(html));
  expect(a).not.toBeNull();
  return collectBlocks(a!).map((b) => b.text).join("\n");
};

describe("findArticle", () => {
  it("picks the story over a sidebar of teasers, comments and the footer", () => {
    const html = `<html><head><meta property="og:type" content="article"></head><body>
      <nav class="top"><a href="/">Home</a> <a href="/a">Politics</a></nav>
      <div class="layout">
        <div class="col-main">
          <h1>Mayor defends budget cuts</h1>
          <div class="byline">By Jo Smith · June 3, 2024</div>
          <div class="story-text">
            <p>${prose(70, 1)}</p>
            <p>"We had no choice," Mayor Tom Reyes said on Monday, "and I would do it again."</p>
            <p>${prose(60, 2)}</p>
            <div class="inline-related"><ul><li><a href="/x">Budget: what the cuts mean for parks</a></li><li><a href="/y">Council to vote on library hours</a></li></ul></div>
            <p>${prose(80, 3)}</p>
          </div>
          <section id="comments"><h3>Comments</h3><p>"This mayor is a disaster," wrote user123, who has commented on every story this week about the budget.</p></section>
        </div>
        <div class="sidebar"><h3>Most read</h3><p><a href="/m">Storm knocks out power to thousands of homes</a></p><p>A brief teaser text for the most read story, long enough to score as a paragraph.</p></div>
      </div>
      <footer><p>© 2024 Daily Courier, 10 Main St. Subscribe for unlimited access to local news.</p></footer>
    </body></html>`;
    const text = textOf(html);
    expect(text).toContain(`"We had no choice," Mayor Tom Reyes said on Monday, "and I would do it again."`);
    expect(text).not.toContain("user123");
    expect(text).not.toContain("Most read");
    expect(text).not.toContain("Budget: what the cuts mean");
    expect(text).not.toContain("Daily Courier");
    expect(text).not.toContain("By Jo Smith");
  });

  it("keeps embedded tweets (they are quotes) but drops share bars and newsletter boxes", () => {
    const text = textOf(`<html><body><article>
      <h1>Slogan draws mockery</h1>
      <p>${prose(60, 5)}</p>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state paid for it.</p>— A User (@auser)</blockquote></div>
      <p>${prose(60, 6)}</p>
      <div class="share-tools"><a href="#">Facebook</a><a href="#">Email</a></div>
      <div class="newsletter-box"><p>Get our morning briefing in your inbox every weekday.</p></div>
      <p>${prose(50, 7)}</p>
    </article></body></html>`);
    expect(text).toContain("Yes this is real and the state paid for it.");
    expect(text).not.toContain("Facebook");
    expect(text).not.toContain("morning briefing");
  });

  it("joins an article split into parts with the same class, and skips story cards nested in it", () => {
    const text = textOf(`<html><body><main>
      <div class="wrap"><div class="body-part"><p>${prose(70, 1)} PART-ONE</p><p>${prose(50, 2)}</p></div></div>
      <figure><img src="a.jpg" alt=""><figcaption>A caption for the photo.</figcaption></figure>
      <div class="wrap2"><div class="body-part"><p>${prose(70, 3)} PART-TWO</p><p>${prose(60, 4)}</p></div></div>
    </main></body></html>`);
    expect(text).toContain("PART-ONE");
    expect(text).toContain("PART-TWO");

    const cards = textOf(`<html><body><article class="post">
      <p>${prose(70, 1)}</p><p>${prose(70, 2)}</p><p>${prose(40, 3)}</p>
      <h3>You may also like</h3>
      <article class="card"><h4><a href="/o">Other story</a></h4><p>Teaser text of another story that should not be read as this one.</p></article>
    </article></body></html>`);
    expect(cards).not.toContain("Teaser text of another story");
  });

  it("walks into a page-wide <form> (ASP.NET sites) yet skips forms inside the article", () => {
    const text = textOf(`<html><body><form id="aspnetForm" action="/page.aspx"><div class="content">
      <p>${prose(70, 1)}</p><p>${prose(70, 2)}</p>
      <form class="poll"><p>Which option do you prefer for the new bus routes in the city?</p><input type="radio"></form>
      <p>${prose(40, 3)}</p></div></form></body></html>`);
    expect(text.length).toBeGreaterThan(500);
    expect(text).not.toContain("Which option");
  });

  it("reads a page whose markup before <head> left the parser's first body empty", () => {
    const html = `<html><div class="css-stamp"></div><head><title>Flood</title></head><body><div class="story">
      <p>${prose(70, 1)} FOUND-IT</p><p>${prose(60, 2)}</p><p>${prose(50, 3)}</p></div></body></html>`;
    expect(textOf(html)).toContain("FOUND-IT");
  });

  it("reads Chinese paragraphs as running text although each is short in characters", () => {
    const lines = [
      "一波低溫寒流報到，山上的楓樹已經一片紅色，遊客一早就來到這裡拍照",
      "沿著山路往下走，不久就來到小學門口，老師說今年的楓葉比往年更早變紅",
      "營區換上了新的木頭招牌，入口處還有一隻木雕貓頭鷹，很多人停下來合照",
      "管理員表示週末的遊客比平日多出三倍，建議大家平日上山，避開塞車的時段",
      "附近的民宿也推出賞楓套裝行程，包含早餐與導覽，價格和去年差不多一樣",
      "天氣預報說下週還有一波冷空氣，山上的楓紅可望一直維持到月底以後才結束",
    ];
    const text = textOf(`<html><body><div class="post">${lines.map((l) => `<p><span>${l}</span></p>`).join("")}</div></body></html>`);
    expect(text).toContain(lines[3]);
  });

  it("counts running text written straight into <body>, between equations", () => {
    const html = `<html><body><h1>Solving a quadratic</h1><p>When</p><math><mi>a</mi><mo>≠</mo><mn>0</mn></math>
      there are two solutions to the equation, and both of them follow from completing the square as shown below.
      <math><mi>x</mi></math><h2>Inline mathematics</h2>
      <p>Finally, display equations look good on a page of samples, yet mixing math and text in one paragraph matters too.</p>
      <math><mi>y</mi></math> is an example of an inline equation; as you see, equations can be used this way as well.</body></html>`;
    expect(textOf(html)).toContain("is an example of an inline equation");
  });

  it("reads the container around a short winning box instead of refusing a page of short blurbs", () => {
    const feature = (name: string, seed: number): string => `<li class="feature"><a href="/v${seed}"><img src="s.jpg" alt=""></a>
      <h2>${name}</h2><p>${prose(20, seed)}</p><a href="/more${seed}" class="more">Learn more about ${name}</a></li>`;
    const html = `<html><body><main class="welcome"><section class="intro">
      <header><h1>Welcome to Quill Writer</h1><p>Get to know the features that make it the most complete editor for writing.</p></header>
      <ul class="features">${feature("Outline", 1)}${feature("Margins", 2)}</ul>
      <div class="notice"><h4>Important: copy your settings</h4><p>Quill Writer comes with a new profile, so you can run it alongside other editors. To keep your dictionaries, templates and more, copy them from your old profile or start afresh with a new one.</p></div>
    </section></main></body></html>`;
    const text = textOf(html);
    expect(text).toContain("Important: copy your settings");
    expect(text).toContain("Get to know the features");
  });

  it("reads sections whose ids are heading anchors, even when a word of the heading sounds like a widget", () => {
    const text = textOf(`<html><body><div class="content">
      <div class="section" id="getting-started"><h2>Getting started</h2><p>${prose(60, 1)}</p><p>${prose(50, 2)}</p></div>
      <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>${prose(60, 3)} ANCHORED</p></div>
      <div class="section" id="next-steps-for-the-team"><h2>Next steps</h2><p>${prose(60, 4)}</p></div>
    </div></body></html>`);
    expect(text).toContain("ANCHORED");
  });

  it("keeps lead paragraphs wrapped one to a div beside the body's main part, in the browser's DOM and the CLI's tree", () => {
    const html = `<html><body><div class="wrap"><div id="col-a">
      <div class="par-1"><p>Ann Vole tried to stop the new harbour tolls because she feared they would empty the old town, letters show. LEAD-ONE</p></div>
      <div class="par-2"><p>In notes to her staff, she wrote that the ferries would lose their last passengers within a year. LEAD-TWO</p></div>
      <div class="related-links"><ul><li><a href="/a">Vole papers: the full archive</a></li><li><a href="/b">Vole and the unions</a></li></ul></div>
      <div class="body">${[1, 2, 3, 4, 5, 6, 7, 8].map((k) => `<p>${prose(70, k)}</p>`).join("")}</div>
    </div></div><div class="sidebar"><p><a href="/c">Most read today</a></p></div></body></html>`;
    for (const doc of [docOf(html), parsePage(html) as unknown as Document]) {
      const text = collectBlocks(findArticle(doc)!).map((b) => b.text).join("\n");
      expect(text).toContain("LEAD-ONE");
      expect(text).toContain("LEAD-TWO");
      expect(text).not.toContain("full archive");
      expect(text).not.toContain("Most read");
    }
  });

  describe("teaser boxes between paragraphs, and listings", () => {
    const related = (n: number, headline: string): string => `<div class="link-related story-${n}"><div class="story-card">
      <h3 class="story-card__title"><a href="/news/${n}">${headline}</a></h3><a href="/news/${n}" class="story-card__more">Read story</a></div></div>`;
    const card = (n: number): string => `<article class="more-card"><a href="/more/${n}"><img src="/i/${n}.jpg" alt=""></a>
      <a class="more-card__title" href="/more/${n}">Harbour ferry timetable changes again for the winter season number ${n}</a><span>2 hours ago</span></article>`;
    // A short story of the Harbour Gazette with three "Related" boxes between its paragraphs and a
    // "More news" box of three cards after them, all in the body's container: six teasers.
    const story = `<html><head><title>Quill council approves new ferry pier</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="content-column"><div class="article-content">
        <h1>Quill council approves new ferry pier</h1>
        <p>The Quill council approved the new ferry pier on Tuesday night after a long debate.</p>
        ${related(1, "Ferry pier plan: what we know so far")}
        <p>"We waited eleven years for this pier, and the island deserves it," said Jo Lee, who chairs the harbour committee. ${prose(40, 1)}</p>
        <p>${prose(45, 2)}</p>
        ${related(2, "PHOTOS: The harbour through the years")}
        <p>${prose(60, 3)}</p>
        ${related(3, "Harbour committee elects a new chair")}
        <p>Building will start in spring, Lee said. "The first boats should dock here before the summer is over." ${prose(35, 4)}</p>
        <p>${prose(40, 5)}</p>
        <div class="more-news"><h3>More news</h3><div class="list">${card(1)}${card(2)}${card(3)}</div></div>
      </div></div>
      <footer><p>© Harbour Gazette</p></footer>
    </body></html>`;

    /** Refused, and by the teaser rule (not for too little text). */
    const expectListing = (html: string): void => {
      const rules: string[] = [];
      expect(findArticle(docOf(html), (_el, rule) => rules.push(rule)), rules.join("\n")).toBeNull();
      expect(rules.some((r) => /^not an article: \d+ teasers/.test(r)), rules.join("\n")).toBe(true);
    };

    it("reads a story whose body holds boxes of related headlines between its paragraphs", () => {
      const rules: string[] = [];
      const a = findArticle(docOf(story), (_el, rule) => rules.push(rule));
      expect(a, rules.join("\n")).not.toBeNull();
      const text = collectBlocks(a!).map((b) => b.text).join("\n");
      expect(text).toContain("We waited eleven years for this pier");
      expect(text).toContain("The first boats should dock here");
      expect(text).not.toContain("PHOTOS: The harbour through the years");
      expect(text).not.toContain("ferry timetable changes");
      expect(rules.some((r) => r.includes("teasers in boxes between paragraphs"))).toBe(true);
    });

    it("still refuses listings: cards side by side, even between an intro and a closing paragraph", () => {
      const cards = Array.from({ length: 12 }, (_, i) => `<article class="card"><h2><a href="/s/${i}">Harbour story number ${i} makes the news today</a></h2>
        <p>${prose(22, i)}</p></article>`).join("");
      const page = `<html><body><main class="section-front"><h1>Harbour news</h1>
        <p>All the latest stories from the Quill harbour, the ferries and the island council, updated through the day.</p>
        <div class="cards">${cards}</div>
        <p>The Harbour Gazette has covered the island and its ferries since its first edition, with reporters in every town.</p>
      </main></body></html>`;
      expectListing(page);
    });

    it("still refuses listings: bare headlines alternating with their blurbs", () => {
      const items = Array.from({ length: 10 }, (_, i) => `<h3><a href="/s/${i}">Harbour story number ${i} makes the news today</a></h3>
        <p>${prose(30, i)}</p>`).join("");
      expectListing(`<html><body><div class="results"><h1>Search: harbour</h1>${items}</div></body></html>`);
    });

    it("still refuses listings: boxed results with short blurbs between them", () => {
      const items = Array.from({ length: 10 }, (_, i) => `<div class="result"><h3><a href="/s/${i}">Harbour story number ${i} makes the news today</a></h3>
        <a href="/s/${i}" class="more">Read story</a></div><p>${prose(30, i)}</p>`).join("");
      expectListing(`<html><body><div class="results"><h1>Tag: harbour</h1><p>${prose(20, 9)}</p>${items}</div></body></html>`);
    });
  });

  it("reports its decisions to the log", () => {
    const rules: string[] = [];
    findArticle(docOf(`<html><body><div class="sidebar"><p>x</p></div><article><p>${prose(80)}</p><p>${prose(80, 3)}</p></article></body></html>`),
      (_el, rule) => rules.push(rule));
    expect(rules.some((r) => r.startsWith("unlikely class/id"))).toBe(true);
    expect(rules.some((r) => r.startsWith("top candidate"))).toBe(true);
  });
});
