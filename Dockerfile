# One image for every service of the workspace; docker-compose.yml picks the
# service with its command. The services run as compiled JavaScript
# (`pnpm build` → dist/), with node alone: no TypeScript at run time.

# Build: every dependency, the admin panel, then the services compiled to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json tsconfig.json tsconfig.build.json ./
COPY packages/ packages/
COPY services/ services/
COPY protos/ protos/
COPY scripts/ scripts/
RUN pnpm install --frozen-lockfile
RUN pnpm build:admin && pnpm build

# Run: dist/ and the dependencies its node_modules links lead to (pnpm's store
# under node_modules/.pnpm, at the same paths).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
USER node
