import { DEFAULTS_PT, type BankDraft } from "../types";
import { exportLousaCsv, importLousaCsv } from ".";

const bank: BankDraft = {
  title: "Quebras",
  description: "",
  language: "pt-BR",
  questions: [
    { type: "single", prompt: "Linha 1\nLinha 2", options: ["a", "b\nc"], correct: [1], explanation: "Porque:\n- um\n- dois", timeLimitSec: 30, pointsMode: "double" },
    { type: "single", prompt: "Outra", options: ["x", "y"], correct: [0], explanation: "", timeLimitSec: 20, pointsMode: "standard" },
  ],
};

it.each(["pt-BR", "en"] as const)("a CSV (%s) keeps line breaks inside its cells: every row reads back whole", (locale) => {
  const back = importLousaCsv(exportLousaCsv(bank, locale).body, DEFAULTS_PT);
  expect(back.problems).toEqual([]);
  expect(back.questions.map((q) => q.question)).toEqual(bank.questions);
});
