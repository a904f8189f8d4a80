import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ReportSchema } from '../../src/report/model.js';
import { renderHtml } from '../../src/report/render/html.js';
import { renderJson } from '../../src/report/render/json.js';
import { renderJunit } from '../../src/report/render/junit.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import { createStyle, renderTerminal } from '../../src/report/render/terminal.js';
import { checkReport, sampleReport } from '../fixtures/report.js';

const bigReport = () =>
  sampleReport(
    Array.from({ length: 300 }, (_, i) =>
      checkReport({
        id: `check-${i}`,
        outcome: i % 2 ? 'blocker' : 'warning',
        status: 'fail',
        evidence: Array.from({ length: 40 }, (_, j) => ({
          level: 'fail' as const,
          message: `finding ${j} ${'é'.repeat(200)}`,
          target: `https://a.fr/${i}/${j}`,
        })),
      }),
    ),
  );

describe('renderers', () => {
  it('JSON: the report round-trips and matches its schema', () => {
    const report = sampleReport();
    const parsed = ReportSchema.parse(JSON.parse(renderJson(report)));
    assert.deepEqual(parsed, report);
    assert.equal(parsed.schemaVersion, 1);
  });

  it('terminal: verdict last, blockers before passes, commands and lead times shown', () => {
    const text = renderTerminal(sampleReport(), createStyle(false), 'primetime-report/report.html');
    const lines = text.split('\n');
    assert.ok(text.indexOf('Blockers (1)') < text.indexOf('Warnings (1)') && text.indexOf('Warnings (1)') < text.indexOf('Passed (1)'));
    assert.match(text, /\$ aws service-quotas request-service-quota-increase/);
    assert.match(text, /takes about 3 d: longer than the time left before airtime/);
    assert.match(lines.at(-3)!, /^NO-GO: 1 blocker to fix before airtime/);
    assert.match(text, /T-minus 1 d/);
    assert.doesNotMatch(text, /\u001b\[/, 'no escape codes without colour');
    assert.match(renderTerminal(sampleReport(), createStyle(true)), /\u001b\[31m/);
  });

  it('Markdown: a table of checks, details of blockers and warnings, escaped cells', () => {
    const md = renderMarkdown(sampleReport());
    assert.match(md, /^## 🔴 NO-GO: Capital &lt;M6&gt; & co/);
    assert.match(md, /\| ❌ \| `error-pages` \|/);
    assert.match(md, /stock page &lt;center&gt;nginx&lt;\/center&gt; \\\| raw/);
    assert.ok(md.indexOf('`error-pages`: ') < md.indexOf('`service-quotas`: '));
    assert.doesNotMatch(md, /### .*`mobile-rendering`/, 'passed checks are not detailed');
    assert.match(md, /🚨 _takes about 3 d/);
  });

  it('Markdown: stays under the cap, cuts at a section and says where the rest is', () => {
    const report = bigReport();
    for (const cap of [1024 * 1024, 65_536, 2_000, 300]) {
      const md = renderMarkdown(report, { maxBytes: cap, fullReport: 'the primetime-report artifact' });
      assert.ok(Buffer.byteLength(md) <= cap, `${Buffer.byteLength(md)} > ${cap}`);
      assert.match(md, /NO-GO/);
      if (cap >= 2_000) assert.match(md, /Truncated:\*\* \d+ more sections? did not fit\. The full report: the primetime-report artifact/);
    }
    assert.doesNotMatch(renderMarkdown(sampleReport()), /Truncated/);
  });

  it('HTML: self-contained, escaped, blockers first, screenshots in a grid, unsafe links dropped', () => {
    const html = renderHtml(sampleReport());
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link[^>]+stylesheet/i);
    assert.match(html, /<header class="verdict NO-GO"><h1>NO-GO<\/h1>/);
    assert.match(html, /Capital &lt;M6&gt; &amp; co/);
    assert.doesNotMatch(html, /<center>nginx/);
    assert.ok(html.indexOf('id="check-error-pages"') < html.indexOf('id="check-mobile-rendering"'));
    assert.match(html, /<table class="grid"><tr><th><\/th><th>iPhone 13<\/th><th>Pixel 7<\/th><\/tr><tr><th>\/<\/th>/);
    assert.match(html, /<img loading="lazy" src="screenshots\/home-pixel\.png"/);
    assert.match(html, /overflow 1200px/);
    assert.doesNotMatch(html, /javascript:alert/);
    assert.match(html, /class="late">takes about 3 d/);
  });

  it('JUnit: well-formed, one testcase per check, counts that match', () => {
    const report = sampleReport([
      ...sampleReport().checks,
      checkReport({ id: 'crashed', outcome: 'blocker', status: 'error', summary: 'The check could not complete: \u0007 bell' }),
    ]);
    const xml = renderJunit(report);
    assert.equal(XMLValidator.validate(xml), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    assert.equal(suite.testcase.length, 5);
    assert.deepEqual([suite.tests, suite.failures, suite.errors, suite.skipped], ['5', '1', '1', '1']);
    const byClass = Object.fromEntries(suite.testcase.map((t: { classname: string }) => [t.classname, t]));
    assert.ok(byClass['primetime.error-pages'].failure);
    assert.ok(byClass['primetime.crashed'].error);
    assert.ok(byClass['primetime.lighthouse'].skipped);
    assert.match(byClass['primetime.service-quotas']['system-out'], /^Warning:/);
    const strict = renderJunit({ ...report, failOn: 'warn' });
    assert.match(strict, /failures="2"/);
  });
});

describe('HTML prose', () => {
  it('shows `code` spans in fixes without letting markup through', () => {
    const report = sampleReport([
      checkReport({ id: 'x', outcome: 'blocker', status: 'fail', remediation: [{ action: 'Add `error_page 404 /404.html;` <b>now</b>' }] }),
    ]);
    assert.match(renderHtml(report), /Add <code>error_page 404 \/404\.html;<\/code> &lt;b&gt;now&lt;\/b&gt;/);
  });
});

describe('HTML evidence', () => {
  it('shows problems first and folds what passed under its count', () => {
    const report = sampleReport([
      checkReport({
        id: 'x',
        outcome: 'blocker',
        status: 'fail',
        evidence: [
          { level: 'pass', message: 'fine one' },
          { level: 'fail', message: 'broken one' },
          { level: 'pass', message: 'fine two' },
        ],
      }),
    ]);
    const html = renderHtml(report);
    assert.match(
      html,
      /<ul class="evidence"><li><span class="tag fail">fail<\/span>broken one<\/li><\/ul><details class="passed-evidence"><summary>2 passed<\/summary>/,
    );
  });
});

describe('HTML folding', () => {
  it('opens blockers, warnings and skips (their reason shows); folds passes', () => {
    const html = renderHtml(sampleReport());
    assert.match(html, /<details class="check blocker" open id="check-error-pages">/);
    assert.match(html, /<details class="check skipped" open id="check-lighthouse">/);
    assert.match(html, /<details class="check passed" id="check-mobile-rendering">/);
    // What passed is in the overview: its blocks fold as one group; so does the plan, its highlights in view.
    assert.match(html, /<details class="group"><summary><h2>Passed \(\d+\)<\/h2><\/summary><details class="check passed"/);
    assert.match(html, /<details class="group"><summary><h2>Event plan<\/h2> [\d,]+ visitors/);
  });

  it('shows the first five findings of a check and folds the others under their count, screenshots after four', () => {
    const report = sampleReport([
      checkReport({
        id: 'spelling',
        outcome: 'blocker',
        status: 'fail',
        evidence: Array.from({ length: 7 }, (_, i) => ({ level: 'fail' as const, message: `typo ${i + 1}` })),
        artifacts: Array.from({ length: 6 }, (_, i) => ({ kind: 'screenshot' as const, path: `spelling/${i}.png`, title: `typo ${i + 1}` })),
      }),
    ]);
    const html = renderHtml(report);
    assert.match(
      html,
      /typo 5<\/li><\/ul><details class="more"><summary>2 more findings<\/summary><ul class="evidence"><li><span class="tag fail">fail<\/span>typo 6/,
    );
    assert.equal((html.match(/<figure>/g) ?? []).length, 6, 'every screenshot is still there');
    assert.match(html, /<summary>2 more screenshots<\/summary><div class="shots"><figure><a href="spelling\/4\.png">/);
  });
});
