/** Messages between the load engine and its worker threads. */
import type { Schedule } from './schedule.js';
import type { SecondCounts } from './result.js';

export interface WorkerRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  subresources: boolean;
  /** Cumulative weight share: the request serves arrivals whose pick falls below it. */
  upTo: number;
}

export interface WorkerSetup {
  schedule: Schedule;
  /** This worker's arrivals: offset, offset + stride, …, at most limit of them. */
  offset: number;
  stride: number;
  limit: number;
  maxInFlight: number;
  /** This worker's share of load.caps.maxRate: requests per second, files included. */
  maxRate: number;
  requests: WorkerRequest[];
  /** Headers of subresource requests: the site's (site.headers), not a page request's own. */
  assetHeaders: Record<string, string>;
  thinkTimeMs: number;
  timeoutMs: number;
  allowHosts: string[];
  network: { resolve: Record<string, string>; dnsServers: string[]; ca: string[] };
  /** Closed loop instead of the schedule: keep maxInFlight requests open back to back (the benchmark's maximum). */
  closedLoopMs?: number;
}

export type ToWorker = { type: 'start'; startAt: number } | { type: 'stop' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'tick'; rows: Array<[number, SecondCounts]>; inFlight: number }
  /** `capped`: the caps that held a request back (maxRequests, maxRate). */
  | { type: 'done'; rows: Array<[number, SecondCounts]>; capped: string[] }
  | { type: 'failed'; message: string };
