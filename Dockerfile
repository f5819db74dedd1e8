# Our GraphQL server as a container, for users who have Docker (see docker-compose.yml).
# Neo4j runs in its own container there, so the Java launcher in db/ is not part of this image.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.yml ./
COPY schema ./schema
COPY cypher ./cypher
COPY src ./src
COPY loaders ./loaders
COPY web ./web
RUN npx tsc -p tsconfig.build.json && npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/schema ./schema
COPY --from=build --chown=node:node /app/cypher ./cypher
COPY --from=build --chown=node:node /app/web/dist ./web/dist
# The explorer's own GraphQL documents: the warm-up at start sends them (src/app/warmUp.ts).
COPY --from=build --chown=node:node /app/web/src/explorer/graphql ./web/src/explorer/graphql
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
