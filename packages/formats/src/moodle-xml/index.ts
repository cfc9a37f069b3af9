export { importMoodleXml } from "./import-moodle-xml";
export { exportMoodleXml } from "./export-moodle-xml";
