import fp from 'fastify-plugin';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { contextOf, tracer, tracingOn } from '@chat/common';

const spans = new WeakMap<object, Span>();

/**
 * One server span per HTTP request while tracing is on (nothing is hooked
 * otherwise): the child of the request's own `traceparent` header if it
 * has one. The rest of the request (hooks, handler, its gRPC calls) runs in
 * the span's context: `done` is called inside `context.with`, and Fastify
 * continues the request from that call.
 */
export const httpTracing = fp(
  async (app) => {
    if (!tracingOn()) return;
    app.addHook('onRequest', (request, _reply, done) => {
      const header = request.headers.traceparent;
      const parent = contextOf(typeof header === 'string' ? header : undefined);
      const route = request.routeOptions.url ?? 'unmatched';
      const span = tracer('gateway').startSpan(`${request.method} ${route}`, {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'http.route': route },
      }, parent);
      spans.set(request, span);
      context.with(trace.setSpan(parent, span), done);
    });
    app.addHook('onResponse', (request, reply, done) => {
      const span = spans.get(request);
      if (span) {
        span.setAttribute('http.response.status_code', reply.statusCode);
        if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      done();
    });
  },
  { name: 'http-tracing' },
);
