# One image for every service of the workspace; docker-compose.yml picks the
# service with its command. TypeScript runs through tsx, as with pnpm start.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY packages/ packages/
COPY services/ services/
COPY protos/ protos/
RUN pnpm install --frozen-lockfile

USER node
