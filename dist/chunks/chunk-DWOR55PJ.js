import { createRequire as __primetimeRequire } from 'node:module'; const require = __primetimeRequire(import.meta.url);

// src/web/http.ts
import { promisify } from "node:util";
import tls from "node:tls";
import zlib from "node:zlib";
var NetworkError = class extends Error {
  constructor(kind, target, detail) {
    super(`${target}: ${describeKind(kind)} (${detail})`);
    this.kind = kind;
    this.target = target;
    this.name = "NetworkError";
  }
  kind;
  target;
};
function describeKind(kind) {
  return {
    dns: "the host name does not resolve",
    refused: "connection refused: nothing listens there",
    reset: "the connection was reset",
    timeout: "no answer in time",
    "slow-body": "the answer began but its body did not end in time",
    truncated: "the server hung up before the end of the body",
    "too-large": "the body inflates past what a page may weigh once decompressed (a compression bomb, or a page far too heavy)",
    tls: "the TLS handshake failed",
    protocol: "the answer is not valid HTTP",
    aborted: "aborted",
    other: "the request failed"
  }[kind];
}
var decompressors = {
  gzip: promisify(zlib.gunzip),
  "x-gzip": promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress)
};
async function inflate(raw, encoding, maxBytes, url) {
  const decompress = encoding ? decompressors[encoding] : void 0;
  if (!decompress) return raw;
  try {
    return (await decompress(raw, { maxOutputLength: MAX_BODY_BYTES })).subarray(0, maxBytes);
  } catch (error) {
    if (error.code === "ERR_BUFFER_TOO_LARGE") throw new NetworkError("too-large", url, `past ${MAX_BODY_BYTES / 1e6} MB`);
    return raw;
  }
}
function describeNetworkError(error) {
  return describeKind(error instanceof NetworkError ? error.kind : classifyNetworkError(error));
}
function classifyNetworkError(error) {
  const err = error;
  const code = err?.code ?? err?.cause?.code ?? "";
  if (err?.name === "AbortError" || code === "ABORT_ERR" || code === "UND_ERR_ABORTED") return "aborted";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME") return "dns";
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET" || code === "UND_ERR_CLOSED") return "reset";
  if (code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH") return "truncated";
  if (code === "UND_ERR_BODY_TIMEOUT") return "slow-body";
  if (code.includes("TIMEOUT") || code === "ETIMEDOUT") return "timeout";
  if (code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/.test(code)) return "tls";
  if (err?.name === "HTTPParserError" || code.startsWith("HPE_") || code === "UND_ERR_INFO" || code === "UND_ERR_RESPONSE_STATUS_CODE") return "protocol";
  return "other";
}
var MAX_BODY_BYTES = 5e6;
async function loadUndici() {
  const module = await import("./undici-CLXD25O3.js");
  return module.default ?? module;
}
async function openConnection(options, timeout) {
  const { Agent, request } = await loadUndici();
  const connect = {
    ...options.ca?.length ? { ca: [...tls.rootCertificates, ...options.ca] } : {},
    ...options.lookup ? { lookup: options.lookup } : {},
    timeout
  };
  return { request, dispatcher: new Agent({ connect, keepAliveTimeout: 4e3 }) };
}
function createHttpClient(options = {}) {
  const defaultTimeout = options.timeoutMs ?? 15e3;
  let connected;
  const connect = () => connected ??= openConnection(options, defaultTimeout);
  const baseHeaders = { "user-agent": options.userAgent ?? "primetime (readiness check)", ...lowerKeys(options.headers ?? {}) };
  return {
    async request(url, requestOptions = {}) {
      const timeoutMs = requestOptions.timeoutMs ?? defaultTimeout;
      const timer = AbortSignal.timeout(timeoutMs);
      const signal = requestOptions.signal ? AbortSignal.any([requestOptions.signal, timer]) : timer;
      const started = performance.now();
      let answered = false;
      try {
        const { request, dispatcher } = await connect();
        const response = await request(url, {
          method: requestOptions.method ?? "GET",
          headers: { "accept-encoding": "identity", ...baseHeaders, ...lowerKeys(requestOptions.headers ?? {}) },
          body: requestOptions.body,
          signal,
          dispatcher,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs
        });
        answered = true;
        const maxBytes = requestOptions.maxBytes ?? MAX_BODY_BYTES;
        const raw = await readLimited(response.body, maxBytes);
        const headers = {};
        const cookies = [];
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === void 0) continue;
          if (name === "set-cookie") cookies.push(...Array.isArray(value) ? value : [value]);
          else headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        const encoding = headers["content-encoding"]?.trim().toLowerCase();
        const decoded = await inflate(raw, encoding, maxBytes, url);
        return {
          url,
          status: response.statusCode,
          headers,
          cookies,
          body: decodeText(decoded, headers["content-type"]),
          bytes: raw.length,
          timeMs: performance.now() - started
        };
      } catch (error) {
        if (error instanceof NetworkError) throw error;
        const kind = timer.aborted ? answered ? "slow-body" : "timeout" : classifyNetworkError(error);
        throw new NetworkError(kind, url, kind === "timeout" || kind === "slow-body" ? `${timeoutMs} ms` : error.message || String(error));
      }
    },
    close: async () => connected ? (await connected).dispatcher.close() : void 0
  };
}
async function readLimited(body, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(Buffer.from(chunk));
    size += chunk.length;
    if (size >= maxBytes) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}
function decodeText(data, contentType = "") {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(data);
  } catch {
    return new TextDecoder("utf-8").decode(data);
  }
}
function lowerKeys(headers) {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

export {
  NetworkError,
  describeNetworkError,
  classifyNetworkError,
  createHttpClient,
  lowerKeys
};
