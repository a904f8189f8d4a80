import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/util/limit.ts
async function mapLimit(items, concurrency, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export {
  mapLimit
};
