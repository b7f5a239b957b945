import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectionGap } from "@/collectors/collection-sink";
import type { CollectContext } from "@/collectors/core/collect-context";
import type { ResourceConfiguration, ServiceName } from "@/lib/inventory/resource-record";

/** Thrown when a detail call says the resource no longer exists: the resource is skipped. */
export class ResourceGoneError extends Error {}

export interface DetailOptions<T> {
  /** Error codes meaning "not configured", and the value stored for them (null, []). */
  notConfigured?: { codes: string[]; value: T };
  /** Error codes recorded in `_errors` without reporting a scan gap (expected denials). */
  quiet?: string[];
  /** The API that failed, when `read` makes several calls (defaults to `api`). */
  failedApi?: (error: unknown) => string | undefined;
}

/**
 * Fills one resource's configuration key by key. A failed call leaves its key absent, names the
 * API in `_errors` and reports a "detail" gap (at `complete()`); `goneCodes` abandon the whole resource.
 */
export class ResourceDetails {
  readonly configuration: ResourceConfiguration = {};
  private readonly errors: Record<string, string> = {};
  /** Reported only once the resource is emitted: a resource found gone reports nothing. */
  private readonly pendingGaps: CollectionGap[] = [];

  constructor(
    private readonly context: CollectContext,
    private readonly where: { service: ServiceName; region: string; resourceArn: string; goneCodes: string[] },
  ) {
    this.configuration._errors = this.errors;
  }

  /** The finished configuration; reports the detail gaps met while reading it. */
  complete(): ResourceConfiguration {
    for (const gap of this.pendingGaps.splice(0)) this.context.sink.gap(gap);
    return this.configuration;
  }

  set(key: string, value: unknown): void {
    this.configuration[key] = value;
  }

  /**
   * Reads `key` through `read`; resolves to whether a value (or "not configured") was stored.
   * A null `key` spreads the object read into the configuration's top level.
   */
  async read<T>(key: string | null, api: string, read: () => Promise<T>, options: DetailOptions<T> = {}): Promise<boolean> {
    try {
      const value = await read();
      if (key === null) Object.assign(this.configuration, value);
      else this.configuration[key] = value;
      return true;
    } catch (error) {
      if (isProgrammingError(error)) throw error;
      const code = errorCode(error);
      if (options.notConfigured?.codes.includes(code)) {
        if (key === null) Object.assign(this.configuration, options.notConfigured.value);
        else this.configuration[key] = options.notConfigured.value;
        return true;
      }
      if (this.where.goneCodes.includes(code)) throw new ResourceGoneError(code);
      const failed = options.failedApi?.(error) ?? api;
      this.errors[failed] = code;
      if (!options.quiet?.includes(code)) {
        const { service, region, resourceArn } = this.where;
        this.pendingGaps.push({ kind: "detail", service, region, api: failed, resourceArn, errorCode: code, message: errorMessage(error) });
      }
      return false;
    }
  }
}
