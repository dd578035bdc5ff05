import fp from 'fastify-plugin';

/**
 * JSON bodies as Fastify parses them (prototype-poisoning checks included),
 * except that an empty one is no body rather than an error: the tutorial's
 * `PUT /chat/leave/...` sends `Content-Type: application/json` with
 * `--data-raw ''`. Routes that need a body still say so through their schema.
 */
export const jsonBody = fp(
  async (app) => {
    const parseJson = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = body.toString();
      if (text.trim() === '') return done(null, undefined);
      return parseJson(request, text, done);
    });
  },
  { name: 'json-body' },
);
