import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// checks/spelling/words-file.ts
import { readFile, writeFile } from "node:fs/promises";
async function readWordsFile(file) {
  return (await readFile(file, "utf8")).split("\n").map((line) => line.replace(/#.*/, "").trim()).filter(Boolean);
}
async function writeWordsFile(file, groups, existing) {
  const known = new Set(existing);
  const fresh = (rule) => groups.filter((g) => g.rule === rule && !known.has(g.word)).sort((a, b) => a.word.localeCompare(b.word, "fr")).map((g) => `${g.word}  # \xD7${g.count}, ${g.pages[0]}${g.pages.length > 1 ? ` and ${g.pages.length - 1} more` : ""}`);
  const unknown = fresh("unknown-word");
  const typos = fresh("spelling");
  const lines = [
    "# Words primetime accepts on this site (one a line, # comments). Review them once: remove any that is a mistake.",
    ...existing,
    ...unknown.length ? ["", `# Unknown words found by primetime spelling --baseline (${unknown.length}): names, jargon, English.`, ...unknown] : [],
    ...typos.length ? ["", `# Likely typos found by the baseline (${typos.length}): better fixed on the site than kept here.`, ...typos] : []
  ];
  await writeFile(file, `${lines.join("\n")}
`);
  return { unknown: unknown.length, typos: typos.length };
}

export {
  readWordsFile,
  writeWordsFile
};
