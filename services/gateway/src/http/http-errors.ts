import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isDomainError, type ErrorCode } from '@chat/common';
import { BASIC_SECURITY_HEADERS } from './security-headers.ts';

/** Codes of failures that happen before any domain code runs, in HTTP's terms. */
type HttpOnlyCode = 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';

export interface HttpError {
  status: number;
  code: ErrorCode | HttpOnlyCode;
  message: string;
  retryAfter?: number;
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_ARGUMENT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'PERMISSION_DENIED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'ALREADY_EXISTS':
      return 409;
    case 'RESOURCE_EXHAUSTED':
      return 429;
    case 'UNAVAILABLE':
      return 503;
    case 'OUTCOME_UNKNOWN':
      return 504;
    case 'INTERNAL':
      return 500;
  }
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `email: must match format "email"`: the field first, as a person reading the answer looks for it. */
export function describeValidation(issues: ValidationIssue[], context: string | undefined): string {
  return issues
    .map((issue) => {
      const path = issue.instancePath.split('/').filter(Boolean);
      if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
      const field = path.length > 0 ? path.join('.') : (context ?? 'body');
      const problem =
        issue.keyword === 'required'
          ? 'is required'
          : path.length === 0 && issue.keyword === 'type' && issue.params.type === 'object'
            ? 'must be a JSON object'
            : (issue.message ?? 'is invalid');
      return `${field}: ${problem}`;
    })
    .join('; ');
}

/**
 * The one translation of a failure into HTTP. Domain errors (thrown here or
 * mapped from gRPC status by the clients) keep their message; Fastify's own
 * request errors get a plain one; anything else is INTERNAL.
 */
export function toHttpError(error: unknown): HttpError | undefined {
  if (isDomainError(error)) {
    return { status: statusOf(error.code), code: error.code, message: error.message, retryAfter: error.retryAfter };
  }
  const e = error as Partial<FastifyError> & { validation?: ValidationIssue[] };
  if (Array.isArray(e.validation)) {
    return { status: 400, code: 'INVALID_ARGUMENT', message: describeValidation(e.validation, e.validationContext) };
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'request body is too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported content-type: send application/json' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'INVALID_ARGUMENT', message: 'body is not valid JSON' };
  }
  // Fastify's other request errors (bad content-length, malformed URL, ...): their messages are safe to show.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 && e.code?.startsWith('FST_')) {
    return { status: e.statusCode, code: 'INVALID_ARGUMENT', message: e.message ?? 'bad request' };
  }
  return undefined;
}

/**
 * Fastify's `frameworkErrors` option: the failures it meets before routing
 * (a URL whose percent-encoding cannot be decoded, a bad constraint), which
 * never reach setErrorHandler and would otherwise answer in Fastify's own shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const answer = toHttpError(error) ?? { status: 400, code: 'INVALID_ARGUMENT', message: 'bad request' };
  void reply.status(answer.status).headers(BASIC_SECURITY_HEADERS).send({ error: { code: answer.code, message: answer.message } });
}

/**
 * Fastify's `clientErrorHandler` option: requests Node's HTTP parser refuses
 * before Fastify sees them (headers or URL over the 16 KiB limit, malformed
 * request lines). Written to the socket as Fastify's default does, in our shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'request headers (or the URL) are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'the request took too long to arrive']
        : [400, 'malformed HTTP request'];
  const body = JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message } });
  const security = Object.entries(BASIC_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\n${security}Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Most of an oversized body read (and dropped) before answering: beyond it, the connection is cut. */
const DISCARD_MAX_BYTES = 64 * 1024 * 1024;
/** A client trickling its body slowly is not waited for longer than this. */
const DISCARD_MAX_MS = 10_000;

/**
 * Reads the rest of a refused body and drops it. Answering 413 while the
 * client is still sending and then closing the connection (Fastify's way)
 * makes most clients, Node's fetch among them, fail with EPIPE / "fetch
 * failed" before they read the answer. So the body is read to its end,
 * within a bound of bytes and time, and only then answered (and the
 * connection closed, as Fastify asked).
 */
export function discardBody(raw: IncomingMessage, maxBytes = DISCARD_MAX_BYTES, maxMs = DISCARD_MAX_MS): Promise<void> {
  const declared = Number(raw.headers['content-length']);
  if (raw.readableEnded || raw.destroyed || declared > maxBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let received = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', finish).off('error', finish).off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) finish();
    };
    const timer = setTimeout(finish, maxMs);
    raw.on('data', onData).on('end', finish).on('error', finish).on('close', finish);
    raw.resume();
  });
}

/** Every error answer has one shape, `{"error": {"code", "message"}}`, and never a stack or SQL. */
export const httpErrors = fp<{ bodyLimit: number }>(
  async (app, { bodyLimit }) => {
    app.setErrorHandler(async (error, request, reply) => {
      let answer = toHttpError(error);
      if (answer?.code === 'PAYLOAD_TOO_LARGE') {
        answer.message = `request body is larger than ${bodyLimit} bytes`;
        await discardBody(request.raw);
      }
      if (!answer || answer.status === 500) {
        const errorId = randomUUID();
        request.log.error({ err: error, errorId }, 'request failed');
        answer = { status: 500, code: 'INTERNAL', message: `internal error (id ${errorId})` };
      } else if (answer.status >= 500) {
        request.log.warn({ err: error }, 'upstream unavailable');
      }
      if (answer.status === 429) reply.header('retry-after', String(answer.retryAfter ?? 1));
      return reply.status(answer.status).send({ error: { code: answer.code, message: answer.message } });
    });

    app.setNotFoundHandler((request, reply) =>
      reply.status(404).send({
        error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` },
      }),
    );
  },
  { name: 'http-errors' },
);
