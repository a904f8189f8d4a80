/** Playwright steps of the spelling check: scripted funnel actions, the empty submit, and screenshot crops with the word marked. */
import type { Frame, Page } from 'playwright-core';
import { evaluateInPage } from '../../src/browser/evaluate.js';
import type { FunnelStepConfig } from '../../src/config/schema.js';

type Action = Extract<FunnelStepConfig, { url: string }>['actions'][number];

export async function runActions(page: Page, actions: Action[], timeoutMs: number): Promise<void> {
  for (const action of actions) {
    if ('fill' in action) await page.fill(action.fill, action.value, { timeout: timeoutMs });
    else if ('select' in action) await page.selectOption(action.select, action.value, { timeout: timeoutMs });
    else if ('check' in action) await page.check(action.check, { timeout: timeoutMs });
    else if ('click' in action) await page.click(action.click, { timeout: timeoutMs });
    else if (typeof action.wait === 'number') await page.waitForTimeout(action.wait);
    else await page.waitForSelector(action.wait, { timeout: timeoutMs });
  }
  await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined);
}

export type EmptySubmit = { forms: number } | { forms: number; navigatedTo: string };

/**
 * Shows each form's validation messages without sending it: every form is checked against its constraints
 * (which fires the `invalid` events sites listen to), then submitted empty with its submit event cancelled once
 * the site's own handlers have run. Under the read-only guard (newSiteContext), a form whose script sends or navigates anyway is
 * blocked; it is reported as navigating away, never read as another page.
 */
export async function submitEmpty(page: Page): Promise<EmptySubmit> {
  const before = page.url();
  let navigated = false;
  const onNavigation = (frame: Frame) => {
    if (frame === page.mainFrame()) navigated = true;
  };
  page.on('framenavigated', onNavigation);
  try {
    const forms = await evaluateInPage(page, () => {
      // Registered last on window, so it runs after the site's own submit handlers: whatever they did not stop is stopped here.
      const cancel = (event: Event) => event.preventDefault();
      window.addEventListener('submit', cancel);
      try {
        for (const form of document.forms) {
          form.checkValidity();
          const button = form.querySelector<HTMLElement>('button[type=submit], input[type=submit], button:not([type])');
          if (button) button.click();
          else form.requestSubmit();
        }
      } finally {
        window.removeEventListener('submit', cancel);
      }
      return document.forms.length;
    });
    if (forms > 0) await page.waitForTimeout(250);
    return navigated || page.url() !== before ? { forms, navigatedTo: page.url() } : { forms };
  } catch (error) {
    // A script that navigated during the submit destroys the page's context: the same case.
    if (navigated) return { forms: 1, navigatedTo: page.url() };
    throw error;
  } finally {
    page.off('framenavigated', onNavigation);
  }
}

/** Marks the word inside the element (or outlines the element, for attributes), screenshots it, then unmarks. */
export async function screenshotWord(page: Page, selector: string, word: string, kind: string): Promise<Buffer | undefined> {
  const target = selector.endsWith(' option') ? selector.slice(0, -' option'.length) : selector;
  if (target === 'title' || target.startsWith('meta')) return undefined;
  const marked = await evaluateInPage(
    page,
    ({ target, word, inText }) => {
      const el = document.querySelector(target) as HTMLElement | null;
      if (!el) return false;
      if (inText) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const mark = document.createElement('mark');
          mark.dataset.primetimeMark = '';
          mark.style.cssText = 'background:#ffeb3b;outline:2px solid #d32f2f;color:inherit';
          range.surroundContents(mark);
          break;
        }
      }
      el.dataset.primetimeOutline = el.style.outline;
      el.style.outline = '3px solid #d32f2f';
      el.scrollIntoView({ block: 'center' });
      return true;
    },
    { target, word, inText: kind === 'text' || kind === 'label' },
  );
  if (!marked) return undefined;
  try {
    return await page.locator(target).first().screenshot({ scale: 'css', animations: 'disabled', timeout: 5_000 });
  } catch {
    return undefined;
  } finally {
    await evaluateInPage(
      page,
      (target: string) => {
        for (const mark of document.querySelectorAll('mark[data-primetime-mark]')) {
          const parent = mark.parentNode;
          mark.replaceWith(...mark.childNodes);
          // Merge the text nodes the mark split, so the page reads as before.
          parent?.normalize();
        }
        const el = document.querySelector(target) as HTMLElement | null;
        if (el) {
          el.style.outline = el.dataset.primetimeOutline ?? '';
          delete el.dataset.primetimeOutline;
        }
      },
      target,
    );
  }
}
