# The blog's Node server in a container: `docker build --build-arg SITE_URL=https://blog.example.com -t blog .`
# then `docker run -p 3000:3000 blog`. The content is baked in at build time: a new post is a new image.
# The end-to-end suite runs the runtime stage's COPY steps itself (scripts/standalone-serve.ts), and
# tests/unit/dockerfile.test.ts checks them against what the build writes.

FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-slim AS build
WORKDIR /app
# The public origin, written into canonical links, feeds and the sitemap at build time.
ARG SITE_URL=http://localhost:3000
# BUILD_STANDALONE: next build also writes .next/standalone, the runtime stage's node_modules.
ENV SITE_URL=$SITE_URL \
    BUILD_STANDALONE=1 \
    NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run check && npm run build

FROM node:20-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# next build's output: 'standalone' (the traced node_modules, Next included); then what it leaves
# out: public/, the hashed assets, the pages as npm run build's later steps rewrote them, the search
# index and the routing table; and the blog's own server (server.mjs, as npm start runs it), which
# answers from that table before Next, with the modules it imports and the config Next loads.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/.next/server ./.next/server
COPY --from=build --chown=node:node /app/.next/search-index ./.next/search-index
COPY --from=build --chown=node:node /app/.next/blog-routing.json ./.next/blog-routing.json
COPY --from=build --chown=node:node /app/server.mjs /app/next.config.mjs ./
COPY --from=build --chown=node:node /app/lib/server ./lib/server
COPY --from=build --chown=node:node /app/lib/i18n/accept-language.mjs ./lib/i18n/accept-language.mjs
COPY --from=build --chown=node:node /app/lib/security-headers.mjs /app/lib/theme-script.mjs /app/lib/source-hash.mjs /app/lib/dist-dir.mjs ./lib/
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.mjs"]
