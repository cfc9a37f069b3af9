/** What a worker posts once its parsers are loaded: the runner starts the file's clock then. */
export const READY = "ready";
