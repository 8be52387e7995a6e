/** HTTP transport constants shared by browser mode's server and the renderer. */
export const TOKEN_HEADER = 'x-caio-token';
export const TOKEN_QUERY = 'token';
export const REQUEST_PATH = '/api/request';
export const EVENTS_PATH = '/api/events';
/** Several requests in one: a JSON array of messages, answered by an array of results in the same order. */
export const BATCH_PATH = '/api/batch';
/** The most requests one batch may carry. */
export const MAX_BATCH = 16;
