# Lousa in one container: the game server serves the web app and Socket.IO on one port.
FROM node:20-bookworm-slim
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts tsconfig.json tsconfig.base.json ./
COPY prisma ./prisma
COPY packages ./packages
COPY apps ./apps
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund && npm run build
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATABASE_URL=file:/app/data/lousa.db
VOLUME /app/data
EXPOSE 3000
# The server itself, exec form: no npm and no shell in between, so the SIGTERM of `docker stop` reaches the
# server's shutdown (answers flushed, phones told) instead of ending in SIGKILL. `node --import tsx` is one
# process (the tsx CLI would fork a second). The web app was built above, so nothing is rebuilt on start.
CMD ["node", "--import", "tsx", "apps/server/src/main.ts"]
