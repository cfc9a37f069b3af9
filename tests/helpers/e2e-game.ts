import type { BrowserContext, Page } from "playwright-core";
import type { Browser } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { phone } from "./browser";
import type { SpawnedServer } from "./spawn-server";

/** Saves a bank as the signed-in teacher of `context` would (POST /api/banks from our own origin); its id. */
export async function createBank(context: BrowserContext, server: SpawnedServer, draft: BankDraft): Promise<string> {
  const created = await context.request.post(`${server.url}/api/banks`, { headers: { origin: server.url }, data: draft });
  if (created.status() !== 201) throw new Error(`bank not created: ${created.status()} ${await created.text()}`);
  const body: unknown = await created.json();
  const id = typeof body === "object" && body !== null && "id" in body && typeof body.id === "string" ? body.id : "";
  if (id === "") throw new Error("bank created without an id");
  return id;
}

/** Hosts `bankId` from Novo jogo in a new projector page of `context`, with the given phones joined: the lobby, ready to start. */
export async function hostWithPhones(context: BrowserContext, browser: Browser, server: SpawnedServer, bankId: string, names: readonly string[]): Promise<{ host: Page; pin: string; phones: Page[] }> {
  const host = await context.newPage();
  await host.goto(`${server.url}/host?bank=${bankId}`);
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");
  const phones = await Promise.all(
    names.map(async (name) => {
      const p = await (await phone(browser)).newPage();
      await p.goto(`${server.url}/?pin=${pin}`);
      await p.locator("#nickname").fill(name);
      await p.getByRole("button", { name: "Entrar" }).click();
      await p.getByTestId("player-lobby").waitFor();
      return p;
    }),
  );
  return { host, pin, phones };
}
