import { describe, expect, it } from 'vitest';
import { trace } from '@opentelemetry/api';
import { spanContextOf, startTracing, traceparentOf, tracingOn } from './tracing.ts';

describe('tracing', () => {
  it('starts nothing without an endpoint: the API stays the no-op tracer', async () => {
    const tracing = await startTracing({ serviceName: 'test' });
    expect(tracingOn()).toBe(false);
    const span = trace.getTracer('test').startSpan('x');
    expect(span.isRecording()).toBe(false);
    expect(traceparentOf(span)).toBe('');
    await tracing.stop();
  });

  it('reads back the traceparent it writes, and refuses malformed or all-zero ones', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const sc = spanContextOf(traceparent)!;
    expect(sc).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1, isRemote: true });
    expect(traceparentOf(trace.wrapSpanContext(sc))).toBe(traceparent);
    expect(spanContextOf('')).toBeUndefined();
    expect(spanContextOf('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeUndefined();
    expect(spanContextOf('garbage')).toBeUndefined();
  });
});
