export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
}
/** Logs go to stderr so stdout stays clean for `--format json`. */
export declare function createLogger(verbose: boolean, write?: (line: string) => void): Logger;
export declare const silentLogger: Logger;
