/** HTTP transport constants shared by browser mode's server and the renderer. */
export const TOKEN_HEADER = 'x-caio-token';
export const TOKEN_QUERY = 'token';
export const REQUEST_PATH = '/api/request';
export const EVENTS_PATH = '/api/events';
