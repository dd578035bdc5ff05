import * as grpc from '@grpc/grpc-js';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { contextOf, tracer, traceparentOf } from '@chat/common';

/** The metadata key W3C trace context rides on between services. */
const TRACEPARENT = 'traceparent';

/**
 * A client call's span, a child of the active context, and the metadata
 * carrying it to the server. Called only while tracing is on.
 */
export function clientCallSpan(path: string, metadata: grpc.Metadata): Span {
  const span = tracer('grpc').startSpan(path, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'grpc', 'rpc.method': path } });
  metadata.set(TRACEPARENT, traceparentOf(span));
  return span;
}

export function endCallSpan(span: Span, code: grpc.status): void {
  span.setAttribute('rpc.grpc.status_code', code);
  if (code !== grpc.status.OK) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/**
 * Runs a handler in a server span, the child of the caller's `traceparent`
 * when the metadata has one. Called only while tracing is on.
 */
export function inServerSpan<T>(path: string, metadata: grpc.Metadata, run: () => Promise<T>): Promise<T> {
  const value = metadata.get(TRACEPARENT)[0];
  const parent = contextOf(typeof value === 'string' ? value : undefined);
  const span = tracer('grpc').startSpan(path, { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.method': path } }, parent);
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
