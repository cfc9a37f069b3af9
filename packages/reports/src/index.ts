export * from "./types";
export { buildReport } from "./build-report";
export { analyseQuestion, extremeGroups, GROUP_FRACTION, TOO_EASY_ABOVE, TOO_HARD_BELOW } from "./item-analysis";
export { mean, median, round } from "./stats";
export { TEAM_NAMES, teamName, type TeamNameLocale } from "./team-names";
