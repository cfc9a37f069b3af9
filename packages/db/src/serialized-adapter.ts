import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** A FIFO lock: `run` waits for every earlier holder to finish. */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return turn;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * One SQLite connection serves every repository. The better-sqlite3 adapter serialises transactions
 * with each other, but a statement sent outside a transaction while one is open runs *inside* it: a
 * bank save that later rolls back would take with it an answer another game stored (and acknowledged)
 * in between. Here every statement outside a transaction waits for the open transaction to end, and a
 * transaction waits for statements already running: each write is all or nothing on its own.
 */
export function serializedAdapter(factory: PrismaBetterSQLite3): Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect"> {
  const lock = new Lock();
  const wrap = (inner: Adapter): Adapter => ({
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: Query) => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query: Query) => lock.run(() => inner.executeRaw(query)),
    executeScript: (script: string) => lock.run(() => inner.executeScript(script)),
    ...(inner.getConnectionInfo ? { getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: false } } : {}),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel) {
      const release = await lock.acquire();
      let tx: Transaction;
      try {
        tx = await inner.startTransaction(isolationLevel);
      } catch (e) {
        release();
        throw e;
      }
      const end = (finish: () => Promise<void>) => async () => {
        try {
          await finish();
        } finally {
          release();
        }
      };
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        // Inside the transaction: the lock is already ours.
        queryRaw: (query: Query) => tx.queryRaw(query),
        executeRaw: (query: Query) => tx.executeRaw(query),
        commit: end(() => tx.commit()),
        rollback: end(() => tx.rollback()),
      };
    },
  });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
  };
}
