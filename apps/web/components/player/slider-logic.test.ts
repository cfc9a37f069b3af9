import { formatSliderValue, sliderDecimals, sliderFraction, sliderMiddle, stepChoice, stepSlider } from "./slider-logic";

const layers = { min: 0, max: 20, step: 1, unit: "camadas" };
const halves = { min: 0, max: 10, step: 0.5, unit: "km" };

describe("slider logic", () => {
  it("finds the middle of the scale, on a step", () => {
    expect(sliderMiddle(layers)).toBe(10);
    expect(sliderMiddle({ min: 0, max: 9, step: 3, unit: "" })).toBe(6);
    expect(sliderMiddle({ min: 0.1, max: 0.5, step: 0.1, unit: "" })).toBe(0.3);
  });

  it("with nothing chosen, − / + move one step from the middle; then from the choice", () => {
    expect(stepChoice(layers, null, -1)).toBe(9);
    expect(stepChoice(layers, null, 1)).toBe(11);
    expect(stepChoice(layers, 3, 1)).toBe(4);
    expect(stepChoice(layers, 0, -1)).toBe(0);
    expect(stepChoice({ min: 2000, max: 2025, step: 1, unit: "" }, null, 1)).toBe(2014);
  });

  it("steps up and down without leaving the scale or picking up float noise", () => {
    expect(stepSlider(layers, 10, 1)).toBe(11);
    expect(stepSlider(layers, 0, -1)).toBe(0);
    expect(stepSlider(layers, 20, 1)).toBe(20);
    expect(stepSlider({ min: 0, max: 1, step: 0.1, unit: "" }, 0.2, 1)).toBe(0.3);
  });

  it("prints the scale's decimals in the language's way, unit after a space or attached", () => {
    expect(sliderDecimals(halves)).toBe(1);
    expect(formatSliderValue("pt-BR", halves, 2)).toBe("2,0 km");
    expect(formatSliderValue("en", halves, 2.5)).toBe("2.5 km");
    expect(formatSliderValue("pt-BR", layers, 12)).toBe("12 camadas");
    expect(formatSliderValue("pt-BR", { min: 0, max: 5000, step: 10, unit: "" }, 1230)).toBe("1.230");
    expect(formatSliderValue("en", { min: 0, max: 5000, step: 10, unit: "" }, 1230)).toBe("1,230");
    expect(formatSliderValue("pt-BR", { min: 0, max: 100, step: 5, unit: "%" }, 45)).toBe("45%");
  });

  it("places a value along the scale, clamped", () => {
    expect(sliderFraction(layers, 5)).toBe(0.25);
    expect(sliderFraction(layers, -3)).toBe(0);
    expect(sliderFraction(layers, 30)).toBe(1);
  });
});
