import { context, ROOT_CONTEXT, SpanStatusCode, trace, TraceFlags, type Context, type Span, type SpanContext, type Tracer } from '@opentelemetry/api';

/**
 * OpenTelemetry tracing, off unless `OTEL_EXPORTER_OTLP_ENDPOINT` is set:
 * then no SDK is loaded at all (the API's no-op tracer) and the hot path
 * pays one boolean check per message, no context serialisation.
 *
 * One provider per process: embedded mode and the tests run several
 * services in one process, so each service names its tracer (the span's
 * instrumentation scope says which service made it) and start/stop are
 * counted.
 */
let users = 0;
let provider: { shutdown(): Promise<void>; forceFlush(): Promise<void> } | null = null;
let on = false;

/** True while an SDK is started in this process: the only check the hot path makes. */
export const tracingOn = (): boolean => on;

/** Where spans go: OTLP/HTTP to `endpoint`, or a test's own exporter (e.g. an InMemorySpanExporter). */
export interface TracingOptions {
  endpoint?: string;
  serviceName: string;
  /** A test's exporter, given to a SimpleSpanProcessor (spans exported as they end). */
  exporter?: import('@opentelemetry/sdk-trace').SpanExporter;
}

/**
 * Starts the SDK once per process (later calls only count a user); the
 * returned stop() shuts it down with the last user, flushing what is
 * buffered. Without an endpoint or exporter it does nothing.
 */
export async function startTracing(options: TracingOptions): Promise<{ stop(): Promise<void> }> {
  if (!options.endpoint && !options.exporter) return { stop: async () => undefined };
  users++;
  if (!provider) {
    const [{ TracerProvider, BatchSpanProcessor, SimpleSpanProcessor }, { AsyncLocalStorageContextManager }, { OTLPTraceExporter }, { resourceFromAttributes }] =
      await Promise.all([
        import('@opentelemetry/sdk-trace'),
        import('@opentelemetry/context-async-hooks'),
        import('@opentelemetry/exporter-trace-otlp-http'),
        import('@opentelemetry/resources'),
      ]);
    const processor = options.exporter
      ? new SimpleSpanProcessor({ exporter: options.exporter })
      : new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${options.endpoint!.replace(/\/$/, '')}/v1/traces` }) });
    const created = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': options.serviceName }), spanProcessors: [processor] });
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(created);
    provider = created;
    on = true;
  }
  let stopped = false;
  return {
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (--users > 0) return;
      const last = provider;
      provider = null;
      on = false;
      await last?.shutdown();
      trace.disable();
      context.disable();
    },
  };
}

/** A service's tracer (its name is the spans' instrumentation scope). */
export const tracer = (service: string): Tracer => trace.getTracer(service);

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** W3C `traceparent` of a span ('' when it is not recording: nothing to continue). */
export function traceparentOf(span: Span | undefined): string {
  const sc = span?.spanContext();
  if (!sc || !trace.isSpanContextValid(sc)) return '';
  return `00-${sc.traceId}-${sc.spanId}-0${(sc.traceFlags & TraceFlags.SAMPLED).toString(16)}`;
}

/** The span context a `traceparent` names, or undefined for an empty or malformed one. */
export function spanContextOf(traceparent: string | undefined): SpanContext | undefined {
  const m = traceparent ? TRACEPARENT.exec(traceparent) : null;
  if (!m) return undefined;
  const sc = { traceId: m[1]!, spanId: m[2]!, traceFlags: parseInt(m[3]!, 16), isRemote: true };
  return trace.isSpanContextValid(sc) ? sc : undefined;
}

/** The context to start a child span in: the remote parent a `traceparent` names, else the active one. */
export function contextOf(traceparent: string | undefined): Context {
  const sc = spanContextOf(traceparent);
  return sc ? trace.setSpanContext(context.active(), sc) : context.active();
}

/**
 * Runs `run` in a new span of the router, gateway or chat-core (a child of
 * `traceparent`'s context when given, else of the active one), ended when
 * its promise settles.
 */
export function inSpan<T>(name: string, attributes: Record<string, string>, run: () => Promise<T>, traceparent?: string, service = 'chat'): Promise<T> {
  const parent = contextOf(traceparent);
  const span = tracer(service).startSpan(name, { attributes }, parent);
  return context.with(trace.setSpan(parent, span), run).then(
    (result) => {
      span.end();
      return result;
    },
    (error: unknown) => {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      throw error;
    },
  );
}

/**
 * Starts a service with tracing around it (nothing when `endpoint` is
 * unset): the SDK is started before the service, so its first calls are
 * traced, and stopped after its close, so its last spans are flushed.
 */
export async function withTracing<H extends { close(): Promise<void> }>(
  serviceName: string,
  endpoint: string | undefined,
  start: () => Promise<H>,
): Promise<H> {
  const tracing = await startTracing({ serviceName, endpoint });
  let handle: H;
  try {
    handle = await start();
  } catch (error) {
    await tracing.stop();
    throw error;
  }
  const close = handle.close.bind(handle);
  handle.close = async () => {
    try {
      await close();
    } finally {
      await tracing.stop();
    }
  };
  return handle;
}

/**
 * A span for work done once for many traces (one SQL statement for a batch
 * of messages, one PUBLISH for their events): a root of its own, linked to
 * each traceparent given, as a message is in exactly one trace and a batch
 * in many. Started in the root context whatever is active: the async
 * context at that point is whichever message happened to start the batch.
 */
export function batchSpan(service: string, name: string, traceparents: Iterable<string | undefined>, attributes: Record<string, number | string> = {}): Span {
  const links = [];
  for (const t of traceparents) {
    const sc = spanContextOf(t);
    if (sc) links.push({ context: sc });
  }
  return tracer(service).startSpan(name, { root: true, links, attributes }, ROOT_CONTEXT);
}

/** The active span's traceparent ('' when none). */
export const activeTraceparent = (): string => traceparentOf(trace.getActiveSpan());
