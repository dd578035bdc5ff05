export { parseBearer } from './bearer.ts';
export { createTokenVerifier, type TokenVerifier, type AccessClaims, type AdminClaims } from './token-verifier.ts';
