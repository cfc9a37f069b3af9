import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";

jest.setTimeout(120_000);

const env = serverAndBrowser();

test("a projector that loses the Wi-Fi says so, and its click is not replayed later behind the teacher's back", async () => {
  const hostContext = await signedInProjector(env.browser, env.server);
  const host = await hostContext.newPage();
  await host.goto(`${env.server.url}/host`);
  await host.getByTestId("bank-kernel").click();
  await host.getByTestId("create-game").click();
  await host.getByTestId("host-lobby").waitFor();
  const pin = (await host.getByTestId("host-pin").innerText()).replace(/\s/g, "");

  const student = await (await phone(env.browser)).newPage();
  await student.goto(`${env.server.url}/?pin=${pin}`);
  await student.locator("#nickname").fill("Ana");
  await student.getByRole("button", { name: "Entrar" }).click();
  await student.getByTestId("player-lobby").waitFor();
  await host.getByText("Ana").waitFor();

  await hostContext.setOffline(true);
  await host.getByTestId("connection-banner").waitFor();
  await host.getByTestId("host-start").click();
  // Said at once, as a network problem, never "something went wrong on the server".
  await host.getByRole("alert").getByText("Sem conexão com o servidor", { exact: false }).waitFor({ timeout: 2_000 });
  expect(await host.getByText("Algo deu errado no servidor").count()).toBe(0);
  await screenshot(host, "projector-offline-click");

  await hostContext.setOffline(false);
  await host.getByTestId("connection-banner").waitFor({ state: "detached" });
  // A command on the same connection after the reconnection: its answer comes after anything the socket
  // had buffered and replayed. Had the offline "start" been replayed, the question would be on screen now.
  await host.getByRole("button", { name: "Trancar entrada" }).click();
  await host.getByRole("button", { name: "Destrancar entrada" }).waitFor();
  expect(await host.getByTestId("host-lobby").count()).toBe(1);
  expect(await host.getByTestId("host-question").count()).toBe(0);
  // The teacher clicks again, and the class starts.
  await host.getByTestId("host-start").click();
  await student.getByTestId("player-question").waitFor();
});
