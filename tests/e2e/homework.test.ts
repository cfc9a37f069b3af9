import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import type { BankDraft } from "@lousa/protocol";
import { phone, screenshot, signedInProjector } from "../helpers/browser";
import { serverAndBrowser } from "../helpers/e2e-harness";
import { createBank } from "../helpers/e2e-game";

/**
 * Homework as a class lives it: the teacher (1920×1080) assigns a bank from the library through Nova tarefa;
 * two students on phones (360×640) open the link at their own pace — Ana straight through, Bruno with a
 * drawn nickname, a reload in the middle (he continues where he stopped) and a tap made offline (said not
 * sent, sent again once back); the teacher's page shows their progress as it happens, the report and its
 * downloads; closing it now ends it for the phones too.
 */
jest.setTimeout(180_000);

const env = serverAndBrowser();
const base = { explanation: "", timeLimitSec: 60, pointsMode: "standard" } as const;
const DRAFT: BankDraft = {
  title: "Linux em casa",
  description: "Tarefa de revisão",
  language: "pt-BR",
  questions: [
    { ...base, type: "single", prompt: "Qual comando lista os arquivos de um diretório?", options: ["ls", "cd", "rm", "pwd"], correct: [0], explanation: "`ls` lista; `cd` muda de diretório." },
    { ...base, type: "multiple", prompt: "Quais destes são editores de texto?", options: ["vim", "nano", "grep", "ls"], correct: [0, 1] },
    { ...base, type: "slide", prompt: "Pausa: permissões", options: [], correct: [], timeLimitSec: 20 },
    { ...base, type: "truefalse", prompt: "O kernel Linux foi criado por Linus Torvalds.", options: ["Verdadeiro", "Falso"], correct: [0] },
  ],
};

/** WCAG 2 A/AA rules that axe can check automatically; each violation is listed with its elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A phone at 360 px must never scroll sideways. */
async function fitsWidth(page: Page): Promise<void> {
  await expect(page.evaluate("document.documentElement.scrollWidth")).resolves.toBeLessThanOrEqual(360);
}

const digits = (text: string) => text.replace(/\D/g, "");
const question = (page: Page, index: number) => page.locator(`[data-testid="hw-question"][data-index="${index}"]`);

/** Answers question `index` (its choices) and waits for the server's word on it. */
async function answer(page: Page, index: number, choices: readonly number[], verdict: "right" | "wrong"): Promise<void> {
  await question(page, index).waitFor();
  for (const c of choices) await page.getByTestId(`answer-${c}`).click();
  if (DRAFT.questions[index]!.type === "multiple") await page.getByTestId("answer-submit").click();
  await page.locator(`[data-testid="hw-feedback"][data-verdict="${verdict}"]`).waitFor();
}

async function next(page: Page, index: number): Promise<void> {
  await question(page, index).getByTestId("hw-next").click();
  await question(page, index).waitFor({ state: "detached" });
}

async function openLink(browser: BrowserContext, link: string): Promise<Page> {
  const p = await browser.newPage();
  await p.goto(link);
  await p.getByTestId("hw-start").waitFor();
  return p;
}

test("a teacher assigns a bank; two phones answer at their own pace, one reloads and one taps offline; progress and the report on the teacher's page", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, DRAFT);

  // The library's "Passar como tarefa" leads to Nova tarefa with that bank picked.
  const desk = await teacher.newPage();
  await desk.goto(`${env.server.url}/library`);
  await desk.getByTestId(`bank-${bankId}`).getByTestId("bank-assign").click();
  await desk.getByTestId("assignment-form").waitFor();
  await expect(desk.locator(`input[type="radio"][value="${bankId}"]`).isChecked()).resolves.toBe(true);
  // Opens now, due in a week (the form's defaults); two attempts, the best counts; speed counts.
  await desk.getByTestId("assignment-attempts").selectOption("2");
  await expect(desk.getByTestId("assignment-counts").inputValue()).resolves.toBe("best");
  await desk.getByTestId("assignment-speed").check();
  // The class list of Novo jogo: each student picks their own name; Bruno has double time (third column).
  await desk.getByTestId("class-list").setInputFiles({ name: "turma.csv", mimeType: "text/csv", buffer: Buffer.from("Ana Souza;2024001\nBruno Lima;2024002;x2\nCarla Dias;2024003\n") });
  await desk.getByText("3 alunos na lista.").waitFor();
  // A window shorter than the server takes is said before anything is sent.
  const closes = await desk.getByTestId("assignment-closes").inputValue();
  await desk.getByTestId("assignment-closes").fill(await desk.getByTestId("assignment-opens").inputValue());
  await desk.getByTestId("assignment-create").click();
  await desk.getByTestId("assignment-dates-bad").getByText("pelo menos 5 minutos").waitFor();
  await desk.getByTestId("assignment-closes").fill(closes);
  await screenshot(desk, "homework-new-teacher");
  await expect(violations(desk)).resolves.toEqual([]);
  await desk.getByTestId("assignment-create").click();
  await desk.getByTestId("assignment-view").waitFor();
  await desk.getByTestId("progress-empty").waitFor();
  const shown = await desk.getByTestId("assignment-link").innerText();
  const code = /\/hw\/([A-Z0-9]{10})$/.exec(shown.trim())?.[1];
  expect(code).toBeDefined();
  const link = `${env.server.url}/hw/${code}`;
  // The QR code is drawn by the server: once loaded, the image has a width of its own. Waited for with the
  // image's own decode() (not read at once; and not waitForFunction, whose string predicate the pages' CSP refuses).
  await expect(desk.evaluate(`(async () => { const img = document.querySelector('[data-testid="assignment-qr"]'); await img.decode(); return img.naturalWidth > 0; })()`)).resolves.toBe(true);

  // Ana: the rules in plain words, then straight through.
  const anaPhone = await phone(env.browser);
  const ana = await openLink(anaPhone, link);
  await expect(ana.getByTestId("hw-title").innerText()).resolves.toBe("Linux em casa");
  const rules = await ana.getByTestId("hw-rules").innerText();
  expect(rules).toContain("Cada questão tem o seu tempo");
  expect(rules).toContain("Quem acerta mais rápido ganha mais pontos.");
  expect(rules).toContain("Você tem 2 tentativas; vale a melhor.");
  expect(rules).toContain("Depois de cada questão você vê se acertou");
  await fitsWidth(ana);
  await screenshot(ana, "homework-start-phone");
  await expect(violations(ana)).resolves.toEqual([]);
  await ana.getByTestId("nickname").fill("Ana");
  await ana.getByTestId("class-entry").selectOption({ label: "Ana Souza" });
  await ana.getByTestId("hw-begin").scrollIntoViewIfNeeded();
  await screenshot(ana, "homework-identify-phone");
  await ana.getByTestId("hw-begin").click();
  await question(ana, 0).waitFor();
  await expect(ana.getByTestId("hw-timer").innerText()).resolves.toMatch(/^(60|59|58)$/);
  await fitsWidth(ana);
  await screenshot(ana, "homework-question-phone");
  await answer(ana, 0, [0], "right");
  await expect(ana.getByTestId("reveal-explanation").innerText()).resolves.toContain("muda de diretório");
  await fitsWidth(ana);
  await screenshot(ana, "homework-feedback-phone");
  await expect(violations(ana)).resolves.toEqual([]);
  await next(ana, 0);

  // The teacher's page follows without a reload: Ana has started, one question done.
  await desk.locator('[data-testid="progress-Ana"][data-done="1"][data-finished="false"]').waitFor();

  await answer(ana, 1, [0, 1], "right");
  await next(ana, 1);
  await question(ana, 2).getByText("Leia e siga para a próxima.").waitFor();
  await next(ana, 2);
  await answer(ana, 3, [0], "right");
  await expect(question(ana, 3).getByTestId("hw-next").innerText()).resolves.toBe("Terminar");
  await next(ana, 3);
  await ana.getByTestId("hw-done").waitFor();
  await expect(ana.getByTestId("hw-correct").innerText()).resolves.toBe("Você acertou 3 de 3");
  const anaScore = digits(await ana.getByTestId("hw-score").innerText());
  await ana.getByTestId("hw-review").waitFor();
  await ana.getByTestId("hw-retry").waitFor();
  await fitsWidth(ana);
  await screenshot(ana, "homework-done-phone");
  await expect(violations(ana)).resolves.toEqual([]);

  // Bruno, later: a drawn nickname, a wrong answer, a reload mid-way.
  const brunoPhone = await phone(env.browser);
  const bruno = await openLink(brunoPhone, link);
  await bruno.getByTestId("nickname-draw").click();
  await bruno.getByTestId("nickname-drawn").filter({ hasText: "Seu apelido:" }).waitFor();
  const nickname = await bruno.getByTestId("nickname").inputValue();
  expect(nickname).not.toBe("");
  // Ana's line is taken; his own has his extra time, counted on his phone only.
  await expect(bruno.locator('[data-testid="class-entry"] option', { hasText: "Ana Souza" }).isDisabled()).resolves.toBe(true);
  await bruno.getByTestId("class-entry").selectOption({ label: "Bruno Lima" });
  await bruno.getByTestId("hw-begin").click();
  await question(bruno, 0).waitFor();
  await expect(bruno.getByTestId("hw-timer").innerText()).resolves.toMatch(/^(120|119|118)$/);
  await answer(bruno, 0, [1], "wrong");
  await expect(bruno.getByTestId("right-options").innerText()).resolves.toContain("ls");
  await next(bruno, 0);
  await answer(bruno, 1, [0, 1], "right");
  // Reopening the link on the same phone continues where he stopped: question 2, already answered.
  await bruno.reload();
  await question(bruno, 1).waitFor();
  await bruno.locator('[data-testid="hw-feedback"][data-verdict="right"]').waitFor();
  await expect(bruno.getByTestId("hw-student").innerText()).resolves.toBe(nickname);
  await next(bruno, 1);
  await next(bruno, 2);

  // Offline, the tap is not taken as done: said, and sent again once back.
  await question(bruno, 3).waitFor();
  await brunoPhone.setOffline(true);
  await bruno.getByTestId("answer-0").click();
  await bruno.locator('[data-testid="hw-not-sent"][data-code="OFFLINE"]').waitFor();
  await fitsWidth(bruno);
  await screenshot(bruno, "homework-offline-phone");
  await expect(violations(bruno)).resolves.toEqual([]);
  await brunoPhone.setOffline(false);
  await bruno.getByTestId("hw-again").click();
  await bruno.locator('[data-testid="hw-feedback"][data-verdict="right"]').waitFor();
  await expect(bruno.getByTestId("hw-not-sent").count()).resolves.toBe(0);
  await next(bruno, 3);
  await bruno.getByTestId("hw-done").waitFor();
  await expect(bruno.getByTestId("hw-correct").innerText()).resolves.toBe("Você acertou 2 de 3");
  const brunoScore = digits(await bruno.getByTestId("hw-score").innerText());
  // His only attempt so far is the one that counts: nothing more to say.
  await expect(bruno.getByTestId("hw-counted").count()).resolves.toBe(0);

  // The teacher: both finished, the report and a download, as a live game's.
  await desk.locator('[data-testid="progress-Ana"][data-done="3"][data-finished="true"]').waitFor();
  await desk.locator(`[data-testid="progress-${nickname}"][data-finished="true"]`).waitFor();
  await expect(desk.getByTestId("assignment-counts").innerText()).resolves.toContain("2 começaram · 2 terminaram");
  const players = desk.getByTestId("players-table");
  await players.getByText(nickname).waitFor();
  await expect(players.innerText()).resolves.toContain("Ana Souza");
  // Bruno's line carries the mark of his accommodation; the identifiers make the gradebook files possible.
  await desk.locator(`[data-testid="progress-${nickname}"][data-accommodated="true"]`).waitFor();
  await desk.locator('[data-testid="progress-Ana"][data-accommodated="false"]').waitFor();
  await expect(desk.getByTestId("download-moodle").isEnabled()).resolves.toBe(true);
  await screenshot(desk, "homework-teacher");
  await expect(violations(desk)).resolves.toEqual([]);
  await desk.getByTestId("players-section").scrollIntoViewIfNeeded();
  await screenshot(desk, "homework-report-teacher");
  const [xlsx] = await Promise.all([desk.waitForEvent("download"), desk.getByTestId("download-xlsx").click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);

  // Bruno tries again and does worse: his phone says his first attempt is the one that counts, and its score.
  await bruno.getByTestId("hw-retry").click();
  await answer(bruno, 0, [1], "wrong");
  await next(bruno, 0);
  await answer(bruno, 1, [2], "wrong");
  await next(bruno, 1);
  await next(bruno, 2);
  await answer(bruno, 3, [1], "wrong");
  await next(bruno, 3);
  await bruno.locator('[data-testid="hw-done"][data-attempt="2"]').waitFor();
  await expect(bruno.getByTestId("hw-correct").innerText()).resolves.toBe("Você acertou 0 de 3");
  const counted = bruno.locator('[data-testid="hw-counted"][data-attempt="1"]');
  await expect(counted.innerText()).resolves.toMatch(/^Na nota vale a sua melhor tentativa, a 1ª: [\d.]+ pontos\.$/);
  expect(digits(await counted.innerText()).slice(1)).toBe(brunoScore);
  await fitsWidth(bruno);
  await screenshot(bruno, "homework-counted-phone");
  await expect(violations(bruno)).resolves.toEqual([]);

  // Ana starts her second attempt ("Tentar de novo")…
  await ana.getByTestId("hw-retry").click();
  await question(ana, 0).waitFor();

  // …and loses her phone. On a borrowed one her name on the list is taken; the screen says what to do.
  const borrowed = await openLink(await phone(env.browser), link);
  const option = (p: Page, name: string) => p.locator('[data-testid="class-entry"] option', { hasText: name });
  await expect(option(borrowed, "Ana Souza").isDisabled()).resolves.toBe(true);
  await borrowed.getByTestId("hw-taken-hint").waitFor();
  // Meanwhile Carla takes her own line from another phone (and never finishes)…
  const carla = await openLink(await phone(env.browser), link);
  await carla.getByTestId("nickname").fill("Carla");
  await carla.getByTestId("class-entry").selectOption({ label: "Carla Dias" });
  await carla.getByTestId("hw-begin").click();
  await question(carla, 0).waitFor();
  // …so the borrowed phone, whose list still showed it free, is refused that line: the list is read again.
  await borrowed.getByTestId("nickname").fill("Ana");
  await borrowed.getByTestId("class-entry").selectOption({ label: "Carla Dias" });
  await borrowed.getByTestId("hw-begin").click();
  await borrowed.locator('[data-testid="hw-error"][data-code="CLASS_ENTRY_TAKEN"]').waitFor();
  await expect(borrowed.getByTestId("hw-release-hint").innerText()).resolves.toContain("peça ao professor para liberar o seu aparelho");
  await expect(option(borrowed, "Carla Dias").isDisabled()).resolves.toBe(true);
  await fitsWidth(borrowed);
  await screenshot(borrowed, "homework-taken-phone");
  await expect(violations(borrowed)).resolves.toEqual([]);

  // The teacher releases Ana's device: the confirm says what it does; her row says so.
  const anaRow = desk.locator('[data-testid="progress-Ana"]');
  const confirmed = new Promise<string>((resolve) =>
    desk.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    }),
  );
  await anaRow.getByTestId("progress-release").click();
  const said = await confirmed;
  expect(said).toContain("Liberar o aparelho de Ana Souza?");
  expect(said).toContain("tentativas e respostas dele continuam guardadas");
  await desk.locator('[data-testid="progress-Ana"][data-released="true"]').getByTestId("progress-released").waitFor();
  await desk.getByTestId("assignment-progress").scrollIntoViewIfNeeded();
  await screenshot(desk, "homework-released-teacher");
  await expect(violations(desk)).resolves.toEqual([]);
  // The borrowed phone sees her line free again (without a reload: its form is kept) and takes her place:
  // the attempt she was in, her first one kept.
  await borrowed.locator('[data-testid="class-entry"] option:not([disabled])', { hasText: "Ana Souza" }).waitFor({ state: "attached", timeout: 20_000 });
  await borrowed.getByTestId("class-entry").selectOption({ label: "Ana Souza" });
  await borrowed.getByTestId("hw-begin").click();
  await question(borrowed, 0).waitFor();
  await expect(borrowed.getByTestId("hw-student").innerText()).resolves.toBe("Ana");
  await desk.locator('[data-testid="progress-Ana"][data-released="false"]').waitFor();
  // The lost phone, found again, no longer holds her place.
  await ana.reload();
  await ana.getByTestId("hw-start").waitFor();

  // …when the teacher presses "Encerrar agora": closed for the teacher and for a phone that opens the link now.
  desk.once("dialog", (d) => void d.accept());
  await desk.getByTestId("assignment-close").click();
  await desk.locator('[data-testid="assignment-view"][data-window="closed"]').waitFor();
  // A code typed from the board in lower case finds it too, under the link's own spelling.
  const late = await openLink(await phone(env.browser), `${env.server.url}/hw/${code!.toLowerCase()}`);
  expect(late.url()).toBe(link);
  await late.locator('[data-testid="hw-start"][data-window="closed"]').waitFor();
  await late.getByTestId("hw-not-open").getByText("O prazo desta tarefa terminou.").waitFor();
  // Ana's (borrowed) phone shows her hand-in; no more attempts once it is closed; her best attempt — the
  // first, made on the lost phone — is the one that counts.
  await borrowed.reload();
  await borrowed.locator('[data-testid="hw-done"][data-attempt="2"]').waitFor();
  await expect(borrowed.getByTestId("hw-retry").count()).resolves.toBe(0);
  await expect(borrowed.locator('[data-testid="hw-counted"][data-attempt="1"]').innerText().then((c) => digits(c).slice(1))).resolves.toBe(anaScore);
  await desk.reload();
  await desk.locator('[data-testid="progress-Ana"][data-finished="true"]').waitFor();
  await expect(desk.locator('[data-testid="progress-Ana"] td.num').allInnerTexts().then((cells) => cells.map(digits))).resolves.toContain(anaScore);
  // Closed: Carla, who never finished, didn't finish (no longer "working"); the rules in the teacher's words.
  await expect(desk.locator('[data-testid="progress-Carla"] [data-testid="progress-unfinished"]').innerText()).resolves.toBe("Não terminou");
  const rulesSaid = await desk.getByTestId("assignment-rules").innerText();
  expect(rulesSaid).toContain("2 tentativas; vale a melhor");
  expect(rulesSaid).not.toContain("Você");
  // The report speaks of students and the assignment's questions, not of a game's players.
  await expect(desk.getByTestId("players-section").locator("h2").innerText()).resolves.toBe("Estudantes");
  await expect(desk.getByTestId("report-summary").innerText()).resolves.toContain("Estudantes");
  await expect(desk.locator("main").innerText()).resolves.not.toMatch(/Jogadores|jogadas/);
  await screenshot(desk, "homework-closed-teacher");

  // Tarefas, in the teacher's menu: the assignment listed, closed, with who started and finished.
  await desk.getByTestId("nav-assignments").click();
  const row = desk.getByTestId("assignments-table").locator("tr", { hasText: "Linux em casa" });
  await row.locator('[data-window="closed"]').waitFor();
  await expect(row.innerText()).resolves.toMatch(/Encerrada\s+3\s+2/);
  await screenshot(desk, "homework-list-teacher");
});

/** Creates an assignment of `bankId` as the signed-in teacher of `context` (POST /api/assignments from our own origin); its link's code. */
async function assign(context: BrowserContext, bankId: string, opensAt: number, settings: Record<string, unknown>): Promise<string> {
  const created = await context.request.post(`${env.server.url}/api/assignments`, {
    headers: { origin: env.server.url },
    data: { bankId, opensAt, closesAt: opensAt + 86_400_000, settings: { timeLimit: "question", speedPoints: false, showAnswers: "after-close", attempts: 1, counts: "best", ...settings } },
  });
  if (created.status() !== 201) throw new Error(`assignment not created: ${created.status()} ${await created.text()}`);
  const body: unknown = await created.json();
  return typeof body === "object" && body !== null && "code" in body && typeof body.code === "string" ? body.code : "";
}

test("answers kept for after the deadline, a question's time running out on the phone, and a link not open yet", async () => {
  const teacher = await signedInProjector(env.browser, env.server);
  const bankId = await createBank(teacher, env.server, {
    ...DRAFT,
    title: "Relógio",
    questions: [
      { ...base, type: "single", prompt: "Responda depressa", options: ["sim", "não"], correct: [0], timeLimitSec: 5 },
      { ...base, type: "single", prompt: "Qual comando mostra o diretório atual?", options: ["ls", "pwd"], correct: [1] },
    ],
  });
  const code = await assign(teacher, bankId, Date.now(), {});
  const p = await openLink(await phone(env.browser), `${env.server.url}/hw/${code}`);
  await expect(p.getByTestId("hw-rules").innerText()).resolves.toContain("A resposta certa e a sua nota aparecem só depois do prazo.");
  await p.getByTestId("nickname").fill("Caio");
  await p.getByTestId("hw-begin").click();
  await question(p, 0).waitFor();
  // The start's reply as if lost on the way (no token kept): starting again from this phone with the same
  // name gets the same place back (its deviceId goes with every start), not "nickname taken".
  await p.evaluate(`window.localStorage.removeItem("lousa:homework:${code}")`);
  await p.reload();
  await p.getByTestId("hw-start").waitFor();
  await p.getByTestId("nickname").fill("Caio");
  await p.getByTestId("hw-begin").click();
  // Unanswered, the clock reaches 0: said on the phone, and "Próxima" takes it on (counted as no answer).
  await question(p, 0).waitFor();
  await p.getByTestId("hw-timed-out").waitFor({ timeout: 15_000 });
  await expect(p.getByTestId("answer-0").count()).resolves.toBe(0);
  await question(p, 0).locator('[data-testid="hw-next"]:not([disabled])').waitFor();
  await screenshot(p, "homework-timed-out-phone");
  await next(p, 0);
  // Answered: recorded, nothing about right or wrong before the deadline.
  await question(p, 1).waitFor();
  await p.getByTestId("answer-1").click();
  await p.locator('[data-testid="hw-feedback"][data-verdict="recorded"]').getByText("O resultado sai depois do prazo.").waitFor();
  await expect(p.getByTestId("hw-stored").innerText()).resolves.toBe("Sua resposta: pwd");
  await expect(p.getByTestId("right-options").count()).resolves.toBe(0);
  await screenshot(p, "homework-recorded-phone");
  await next(p, 1);
  await p.getByTestId("hw-later").waitFor();
  await expect(p.getByTestId("hw-score").count()).resolves.toBe(0);
  await expect(p.getByTestId("hw-review").count()).resolves.toBe(0);
  await expect(p.getByTestId("hw-retry").count()).resolves.toBe(0);

  // A link that opens tomorrow: the date and the rules, no form yet.
  const later = await assign(teacher, bankId, Date.now() + 86_400_000, { timeLimit: "none", showAnswers: "each", attempts: 3, counts: "last" });
  const early = await openLink(await phone(env.browser), `${env.server.url}/hw/${later}`);
  await early.locator('[data-testid="hw-start"][data-window="upcoming"]').getByText("Esta tarefa ainda não abriu.").waitFor();
  const rules = await early.getByTestId("hw-rules").innerText();
  expect(rules).toContain("Sem limite de tempo");
  expect(rules).toContain("Você tem 3 tentativas; vale a última.");
  await expect(early.getByTestId("hw-begin").count()).resolves.toBe(0);
  // In English too.
  await early.getByTestId("lang-switch").click();
  await early.getByTestId("hw-not-open").getByText("This homework is not open yet.").waitFor();
  await expect(early.getByTestId("hw-rules").innerText()).resolves.toContain("You have 3 attempts; the last one counts.");
  await screenshot(early, "homework-upcoming-phone-en");

  // A link that names nothing.
  const wrong = await (await phone(env.browser)).newPage();
  await wrong.goto(`${env.server.url}/hw/ABCDEFGHJK`);
  await wrong.locator('[data-testid="hw-failed"][data-code="ASSIGNMENT_NOT_FOUND"]').waitFor();
});
