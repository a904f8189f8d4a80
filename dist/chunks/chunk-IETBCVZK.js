import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/browser/evaluate.ts
function evaluateInPage(page, fn, arg, helpers = {}) {
  const declarations = Object.entries(helpers).map(([name, helper]) => `const ${name} = ${helper.toString()};`).join("\n");
  const source = `(arg) => { const __name = (f) => f; ${declarations}
return (${fn.toString()})(arg); }`;
  return page.evaluate(`(${source})(${JSON.stringify(arg ?? null)})`);
}

// src/browser/in-page.ts
function selectorOf(element) {
  const parts = [];
  for (let el = element; el && el !== document.documentElement && parts.length < 4; el = el.parentElement) {
    if (el.id) {
      parts.unshift(`#${CSS.escape(el.id)}`);
      break;
    }
    const tag = el.tagName;
    const siblings = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === tag) : [];
    parts.unshift(siblings.length > 1 ? `${tag.toLowerCase()}:nth-of-type(${siblings.indexOf(el) + 1})` : tag.toLowerCase());
  }
  return parts.join(" > ");
}
function isVisible(element) {
  return element.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) ?? true;
}

export {
  evaluateInPage,
  selectorOf,
  isVisible
};
