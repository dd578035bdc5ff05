export { parseBearer } from './bearer.ts';
export { createTokenVerifier, type TokenVerifier, type AccessClaims } from './token-verifier.ts';
